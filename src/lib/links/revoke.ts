// Disabling a link the way S3 allows it: a presigned URL cannot be revoked before it expires, but it
// stops working when its object is gone. Renaming keeps the bytes: copy, verify, then delete.
import type { S3Client } from '$lib/s3';

export interface RenameResult {
	newKey: string;
	/** Set when ETags could not be compared (multipart original) and only sizes were. */
	sizeOnly: boolean;
}

/** Suggested new key: `dir/name.txt` → `dir/name.txt.disabled-20250102T030405Z`. */
export function disabledKeyFor(key: string, now: Date): string {
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	return `${key}.disabled-${stamp}`;
}

/** ETag of a multipart upload (`"md5-parts"`): a copy gets a plain MD5 ETag instead. */
function isMultipartEtag(etag: string | undefined): boolean {
	return /-\d+"?$/.test(etag ?? '');
}

/**
 * Copies `key` to `newKey`, checks the copy's size and ETag against the original with HEAD, and only
 * then deletes the original. Any failure before the delete leaves the original untouched.
 */
export async function disableByRenaming(
	client: S3Client,
	{ bucket, key, newKey }: { bucket: string; key: string; newKey: string },
	signal: AbortSignal
): Promise<RenameResult> {
	if (newKey === key) throw new Error('The new key must differ from the current one.');
	if (!newKey) throw new Error('Enter the new key.');
	const existing = await client.headObject({ bucket, key: newKey }, signal).then(
		() => true,
		(e: { status?: number }) => {
			if (e?.status === 404) return false;
			throw e;
		}
	);
	if (existing)
		throw new Error(
			`"${newKey}" already exists; choose another new key so nothing is overwritten.`
		);
	const original = await client.headObject({ bucket, key }, signal);
	await client.copyObject({ bucket, sourceKey: key, destinationKey: newKey }, signal);
	const copy = await client.headObject({ bucket, key: newKey }, signal);
	if (copy.contentLength !== original.contentLength) {
		throw new Error(
			`The copy has ${copy.contentLength} bytes, the original ${original.contentLength}; nothing was deleted.`
		);
	}
	const sizeOnly = isMultipartEtag(original.etag);
	if (!sizeOnly && copy.etag !== original.etag) {
		throw new Error(
			`The copy's ETag ${copy.etag} differs from the original's ${original.etag}; nothing was deleted.`
		);
	}
	await client.deleteObject({ bucket, key }, signal);
	return { newKey, sizeOnly };
}

/** Deletes the object, which makes every link to it fail with 404. */
export async function disableByDeleting(
	client: S3Client,
	{ bucket, key }: { bucket: string; key: string },
	signal: AbortSignal
): Promise<void> {
	await client.deleteObject({ bucket, key }, signal);
}
