// Disabling a link the way S3 allows it: a presigned URL cannot be revoked before it expires, but it
// stops working when its object is gone. Renaming keeps the bytes: copy, verify, then delete, and
// only when every check could be made; a rename that cannot prove the copy whole deletes nothing.
import type { Message } from '$lib/i18n/catalogue';
import { inEnglish, type Say } from '$lib/i18n/in-english';
import type { HeadObjectResult, S3Client } from '$lib/s3';

/**
 * A rename stopped before it could harm anything; `message` is the English, `template` and
 * `params` the same sentence for the page's language.
 */
export class RenameRefused extends Error {
	override name = 'RenameRefused';
	readonly template: Message['key'];
	readonly params?: Message['params'];
	constructor({ key, params }: Message) {
		super(inEnglish({ key, params }));
		this.template = key;
		this.params = params;
	}
}

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
	const rules = missing.map((h) => `<ExposeHeader>${h}</ExposeHeader>`).join(' ');
	if (missing.length === 1) {
		throw new RenameRefused({
			key: 'The browser cannot read the {header} of "{key}": the bucket\'s CORS rule does not expose it (add {rules}). Without it the copy cannot be verified, so nothing was copied or deleted.',
			params: { header: missing[0], key, rules }
		});
	}
	if (missing.length) {
		throw new RenameRefused({
			key: 'The browser cannot read the {first} and {second} of "{key}": the bucket\'s CORS rule does not expose them (add {rules}). Without them the copy cannot be verified, so nothing was copied or deleted.',
			params: { first: missing[0], second: missing[1], key, rules }
		});
	}
	if ((head.contentLength ?? 0) > MAX_SINGLE_COPY_BYTES) {
		throw new RenameRefused({
			key: '"{key}" is over the 5 GiB single-copy limit of S3, so it cannot be renamed here; nothing was copied or deleted. Delete it instead, or copy it with a multipart tool.',
			params: { key }
		});
	}
}

function sameMetadata(a: Record<string, string>, b: Record<string, string>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

/** What differs between the original and its copy, or null when nothing the browser sees does. */
function copyDifference(original: HeadObjectResult, copy: HeadObjectResult): Message | null {
	if (copy.contentLength !== original.contentLength) {
		return {
			key: 'The copy has {copy} bytes, the original {original}; nothing was deleted.',
			params: { copy: String(copy.contentLength), original: String(original.contentLength) }
		};
	}
	if (!isMultipartEtag(original.etag) && copy.etag !== original.etag) {
		return {
			key: "The copy's ETag {copy} differs from the original's {original}; nothing was deleted.",
			params: { copy: String(copy.etag), original: String(original.etag) }
		};
	}
	if (copy.contentType !== original.contentType) {
		return {
			key: "The copy's content type {copy} differs from the original's {original}; nothing was deleted.",
			params: { copy: String(copy.contentType), original: String(original.contentType) }
		};
	}
	if (!sameMetadata(original.metadata, copy.metadata)) {
		return {
			key: "The copy's user metadata (x-amz-meta-*) differs from the original's; nothing was deleted."
		};
	}
	if (original.storageClass && copy.storageClass !== original.storageClass) {
		return copy.storageClass
			? {
					key: "The copy's storage class is {copy}, the original's {original}; nothing was deleted.",
					params: { copy: copy.storageClass, original: original.storageClass }
				}
			: {
					key: "The copy's storage class is not shown, the original's {original}; nothing was deleted.",
					params: { original: original.storageClass }
				};
	}
	return null;
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
	if (newKey === key) {
		throw new RenameRefused({ key: 'The new key must differ from the current one.' });
	}
	if (!newKey) throw new RenameRefused({ key: 'Enter the new key.' });
	const original = await client.headObject({ bucket, key }, signal);
	checkRenamable(original, key);
	const existing = await client.headObject({ bucket, key: newKey }, signal).then(
		() => true,
		(e: unknown) => {
			if (status(e) === 404) return false;
			throw e;
		}
	);
	if (existing) {
		throw new RenameRefused({
			key: '"{newKey}" already exists; choose another new key so nothing is overwritten.',
			params: { newKey }
		});
	}
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
		throw new RenameRefused({
			key: '"{key}" changed while it was being copied (its ETag no longer matched), so nothing was copied or deleted.',
			params: { key }
		});
	}
	const copy = await client.headObject({ bucket, key: newKey }, signal);
	const difference = copyDifference(original, copy);
	if (difference) throw new RenameRefused(difference);
	// Some servers ignore the copy condition, and anyone may write meanwhile: look again.
	const now = await client.headObject({ bucket, key }, signal);
	if (now.etag !== original.etag || now.contentLength !== original.contentLength) {
		throw new RenameRefused({
			key: '"{key}" changed after it was copied (its ETag or size is no longer what was copied), so it was left in place and nothing was deleted. The copy made before the change is under "{newKey}". Every link to "{key}" still works.',
			params: { key, newKey }
		});
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

/**
 * What a finished rename verified, and what it could not, in words; `gap` goes between sentences
 * (a space in English, nothing after a Japanese full stop).
 */
export function describeRename(r: RenameResult, say: Say = inEnglish, gap = ' '): string {
	const checked = [
		say({
			key: r.sizeOnly
				? 'size (the ETag of a multipart original cannot be compared)'
				: 'size and ETag'
		})
	];
	if (r.contentType) {
		checked.push(say({ key: 'content type {type}', params: { type: r.contentType } }));
	}
	if (r.metadataChecked.length) {
		checked.push(
			say({
				key: 'user metadata the browser can see ({names})',
				params: { names: r.metadataChecked.join(', ') }
			})
		);
	}
	if (r.storageClass) {
		checked.push(say({ key: 'storage class {class}', params: { class: r.storageClass } }));
	}
	const sentences = [
		say({
			key: 'Renamed to "{newKey}" and verified: {checked}.',
			params: {
				newKey: r.newKey,
				checked: checked.reduce((list, item) =>
					say({ key: '{list}; {item}', params: { list, item } })
				)
			}
		})
	];
	if (!r.metadataChecked.length) {
		sentences.push(
			say({
				key: "Any user metadata (x-amz-meta-*) was copied by the server but not checked: a browser sees only the headers the bucket's CORS rule exposes."
			})
		);
	}
	if (!r.storageClass) {
		sentences.push(
			say({
				key: 'The server showed no storage class (it is STANDARD, or x-amz-storage-class is not exposed), so the copy has the default class.'
			})
		);
	}
	sentences.push(say({ key: 'Every link to the old key now fails.' }));
	return sentences.join(gap);
}

/** Deletes the object, which makes every link to it fail with 404. */
export async function disableByDeleting(
	client: S3Client,
	{ bucket, key }: { bucket: string; key: string },
	signal: AbortSignal
): Promise<void> {
	await client.deleteObject({ bucket, key }, signal);
}
