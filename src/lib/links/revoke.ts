// Disabling a link the way S3 allows it: a presigned URL cannot be revoked before it expires, but it
// stops working when its object is gone. Renaming keeps the bytes: copy, verify, then delete, and
// only when every check could be made; a rename that cannot prove the copy whole deletes nothing.
import type { HeadObjectResult, S3Client } from '$lib/s3';

/** CopyObject copies at most 5 GiB in one request; bigger objects need a multipart copy. */
export const MAX_SINGLE_COPY_BYTES = 5 * 1024 ** 3;

export interface RenameResult {
	newKey: string;
	/** Set when ETags could not be compared (multipart original) and only sizes were. */
	sizeOnly: boolean;
	/** Content type of both, found equal. */
	contentType?: string;
	/** Names of the user metadata (x-amz-meta-*) the browser could read, found equal on the copy. */
	metadataChecked: string[];
	/** Storage class the copy was given and shows, when the server showed the original's. */
	storageClass?: string;
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

/** The headers a rename cannot be verified without, when the browser could not read them. */
function unreadableHeaders(head: HeadObjectResult): string[] {
	const missing: string[] = [];
	if (!head.etag) missing.push('ETag');
	if (head.contentLength === undefined || !Number.isFinite(head.contentLength)) {
		missing.push('Content-Length');
	}
	return missing;
}

/** Refuses before anything is copied: headers the browser cannot read, or a too-big object. */
function checkRenamable(head: HeadObjectResult, key: string): void {
	const missing = unreadableHeaders(head);
	if (missing.length) {
		const them = missing.length > 1 ? 'them' : 'it';
		const rules = missing.map((h) => `<ExposeHeader>${h}</ExposeHeader>`).join(' ');
		throw new Error(
			`The browser cannot read the ${missing.join(' and ')} of "${key}": the bucket's CORS rule ` +
				`does not expose ${them} (add ${rules}). Without ${them} the copy cannot be verified, ` +
				'so nothing was copied or deleted.'
		);
	}
	if ((head.contentLength ?? 0) > MAX_SINGLE_COPY_BYTES) {
		throw new Error(
			`"${key}" is over the 5 GiB single-copy limit of S3, so it cannot be renamed here; ` +
				'nothing was copied or deleted. Delete it instead, or copy it with a multipart tool.'
		);
	}
}

function sameMetadata(a: Record<string, string>, b: Record<string, string>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

/** What differs between the original and its copy, or '' when nothing the browser sees does. */
function copyDifference(original: HeadObjectResult, copy: HeadObjectResult): string {
	if (copy.contentLength !== original.contentLength) {
		return `The copy has ${copy.contentLength} bytes, the original ${original.contentLength}`;
	}
	if (!isMultipartEtag(original.etag) && copy.etag !== original.etag) {
		return `The copy's ETag ${copy.etag} differs from the original's ${original.etag}`;
	}
	if (copy.contentType !== original.contentType) {
		return `The copy's content type ${copy.contentType} differs from the original's ${original.contentType}`;
	}
	if (!sameMetadata(original.metadata, copy.metadata)) {
		return "The copy's user metadata (x-amz-meta-*) differs from the original's";
	}
	if (original.storageClass && copy.storageClass !== original.storageClass) {
		return `The copy's storage class is ${copy.storageClass ?? 'not shown'}, the original's ${original.storageClass}`;
	}
	return '';
}

const status = (e: unknown) => (e as { status?: number } | null)?.status;

/**
 * Copies `key` to `newKey` (only while the source keeps its ETag, where the server honours
 * `x-amz-copy-source-if-match`), checks the copy with HEAD, reads the source once more and deletes
 * it only if it has not changed since. Any refusal or failure leaves the original in place.
 */
export async function disableByRenaming(
	client: S3Client,
	{ bucket, key, newKey }: { bucket: string; key: string; newKey: string },
	signal: AbortSignal
): Promise<RenameResult> {
	if (newKey === key) throw new Error('The new key must differ from the current one.');
	if (!newKey) throw new Error('Enter the new key.');
	const original = await client.headObject({ bucket, key }, signal);
	checkRenamable(original, key);
	const existing = await client.headObject({ bucket, key: newKey }, signal).then(
		() => true,
		(e: unknown) => {
			if (status(e) === 404) return false;
			throw e;
		}
	);
	if (existing)
		throw new Error(
			`"${newKey}" already exists; choose another new key so nothing is overwritten.`
		);
	try {
		await client.copyObject(
			{
				bucket,
				sourceKey: key,
				destinationKey: newKey,
				sourceIfMatch: original.etag,
				storageClass: original.storageClass
			},
			signal
		);
	} catch (e) {
		if (status(e) !== 412) throw e;
		throw new Error(
			`"${key}" changed while it was being copied (its ETag no longer matched), so nothing was copied or deleted.`
		);
	}
	const copy = await client.headObject({ bucket, key: newKey }, signal);
	const difference = copyDifference(original, copy);
	if (difference) throw new Error(`${difference}; nothing was deleted.`);
	// Some servers ignore the copy condition, and anyone may write meanwhile: look again.
	const now = await client.headObject({ bucket, key }, signal);
	if (now.etag !== original.etag || now.contentLength !== original.contentLength) {
		throw new Error(
			`"${key}" changed after it was copied (its ETag or size is no longer what was copied), ` +
				`so it was left in place and nothing was deleted. The copy made before the change is ` +
				`under "${newKey}". Every link to "${key}" still works.`
		);
	}
	await client.deleteObject({ bucket, key }, signal);
	return {
		newKey,
		sizeOnly: isMultipartEtag(original.etag),
		contentType: original.contentType,
		metadataChecked: Object.keys(original.metadata),
		storageClass: original.storageClass
	};
}

/** What a finished rename verified, and what it could not, in words. */
export function describeRename(r: RenameResult): string {
	const checked = [
		r.sizeOnly ? 'size (the ETag of a multipart original cannot be compared)' : 'size and ETag'
	];
	if (r.contentType) checked.push(`content type ${r.contentType}`);
	if (r.metadataChecked.length)
		checked.push(`user metadata the browser can see (${r.metadataChecked.join(', ')})`);
	if (r.storageClass) checked.push(`storage class ${r.storageClass}`);
	const notes: string[] = [];
	if (!r.metadataChecked.length) {
		notes.push(
			'Any user metadata (x-amz-meta-*) was copied by the server but not checked: a browser ' +
				"sees only the headers the bucket's CORS rule exposes."
		);
	}
	if (!r.storageClass) {
		notes.push(
			'The server showed no storage class (it is STANDARD, or x-amz-storage-class is not ' +
				'exposed), so the copy has the default class.'
		);
	}
	return [
		`Renamed to "${r.newKey}" and verified: ${checked.join('; ')}.`,
		...notes,
		'Every link to the old key now fails.'
	].join(' ');
}

/** Deletes the object, which makes every link to it fail with 404. */
export async function disableByDeleting(
	client: S3Client,
	{ bucket, key }: { bucket: string; key: string },
	signal: AbortSignal
): Promise<void> {
	await client.deleteObject({ bucket, key }, signal);
}
