// Which URLs the phone upload page may send a file to. The URL arrives in the page's fragment, so
// anyone can craft one: the page uploads only to a complete SigV4 or SigV2 presigned URL that has
// not expired, on another origin than the page's own, and shows host, bucket and key first.
//
// What a URL cannot prove: its HTTP method (SigV4 signs it without writing it into the query;
// SigV2 neither). A link signed for GET fails its signature check when used for PUT, so the
// server stores nothing; links with response-* overrides are downloads by construction and are
// refused here. Nor can a URL prove that its host is a storage server, since anyone can copy the
// parameters: that is why the host is shown plainly before the file picker.
import { formatDateTime } from '$lib/format/dates';
import { InputError, inspectPresignedUrl, type InspectedUrl } from '$lib/s3';
import { readPhoneUpload, type PhoneUpload } from './phone-link';

export interface UploadDestination {
	/** host[:port], exactly the server the browser will send the file to. */
	host: string;
	/** Undefined when the address names no bucket. */
	bucket?: string;
	/**
	 * 'virtual': the bucket is part of the host name; 'path': the first path segment;
	 * 'path-assumed': read as path-style, which nothing in the link confirms.
	 */
	addressing: 'virtual' | 'path' | 'path-assumed';
	key: string;
	expiresAt: Date;
}

/** Every SigV4 query parameter a presigned URL carries (SigV2 ones are checked by inspect). */
const SIGV4_PARAMS = [
	'X-Amz-Algorithm',
	'X-Amz-Credential',
	'X-Amz-Date',
	'X-Amz-Expires',
	'X-Amz-SignedHeaders',
	'X-Amz-Signature'
];

const NOT_PRESIGNED =
	'This is not a presigned upload link (it lacks the S3 signature parameters X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders and -Signature, or AWSAccessKeyId, Expires and Signature), so this page will not send a file to it.';

function refuse(template: string, params?: Record<string, string>): InputError {
	return new InputError(template, 'put', params);
}

function inspectComplete(url: URL, text: string, now: Date): InspectedUrl {
	let info: InspectedUrl;
	try {
		info = inspectPresignedUrl(text, now);
	} catch {
		throw refuse(NOT_PRESIGNED);
	}
	if (info.signer === 'v4') {
		const q = url.searchParams;
		const signed = (q.get('X-Amz-SignedHeaders') ?? '').split(';');
		if (
			SIGV4_PARAMS.some((name) => !q.get(name)) ||
			!/^[0-9a-f]{64}$/.test(q.get('X-Amz-Signature') ?? '') ||
			!signed.includes('host')
		) {
			throw refuse(NOT_PRESIGNED);
		}
	}
	return info;
}

/** Bucket and key as the address holds them; `hint` (the bucket the link names) picks the style. */
function locate(
	url: URL,
	info: InspectedUrl,
	hint: string | undefined
): Pick<UploadDestination, 'bucket' | 'addressing' | 'key'> {
	if (info.bucketSource === 'virtual-host' || !hint) {
		const addressing = info.bucketSource === 'virtual-host' ? 'virtual' : info.bucketSource;
		if (!hint || info.bucket === hint) return { bucket: info.bucket, addressing, key: info.key };
	} else if (info.bucket === hint) {
		return { bucket: hint, addressing: 'path', key: info.key };
	} else if (url.hostname.toLowerCase().startsWith(`${hint.toLowerCase()}.`)) {
		// Virtual-hosted on a custom endpoint: what inspect read as bucket is the key's first part.
		const key =
			info.bucket === undefined ? '' : info.key ? `${info.bucket}/${info.key}` : info.bucket;
		return { bucket: hint, addressing: 'virtual', key };
	}
	throw refuse(
		'This upload link names bucket “{bucket}”, but its address {address} does not contain it, so it is not clear where the file would go. Ask for a new link.',
		{ bucket: hint, address: `${url.host}${url.pathname}` }
	);
}

/**
 * Where `upload` would put the file; throws an InputError with a sentence for a person when the
 * page must not send anything to it. `appOrigin` is the page's own origin, `now` the signing clock.
 */
export function vetPhoneUpload(
	upload: PhoneUpload,
	appOrigin: string,
	now: Date
): UploadDestination {
	let url: URL;
	try {
		url = new URL(upload.url);
	} catch {
		throw refuse(NOT_PRESIGNED);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw refuse(
			'This upload link is a “{protocol}” address, not a web address (https:// or http://), so this page will not send a file to it.',
			{ protocol: url.protocol }
		);
	}
	if (url.username || url.password) {
		throw refuse(
			'This upload link carries a user name or password in its address, which presigned links never do, so this page will not send a file to it.'
		);
	}
	if (url.origin === appOrigin) {
		throw refuse(
			'This upload link points at {host}, the server this page itself comes from, not at a storage server of its own, so this page will not send a file to it.',
			{ host: url.host }
		);
	}
	const info = inspectComplete(url, upload.url, now);
	if (Object.keys(info.overrides).some((name) => name.startsWith('response-'))) {
		throw refuse('This is a download link (it sets response headers), not an upload link.');
	}
	const location = locate(url, info, upload.bucket);
	if (!location.key)
		throw refuse('This upload link names no object, so there is nothing to upload to.');
	if (info.expired) {
		throw refuse('This upload link expired on {date}. Ask for a new one.', {
			date: formatDateTime(info.expiresAt)
		});
	}
	return { host: url.host, ...location, expiresAt: info.expiresAt };
}

/** What the upload page shows for its fragment: nothing to do, a refusal, or a destination. */
export type PhoneUploadView =
	| { kind: 'none' }
	| { kind: 'refused'; reason: string; error: InputError }
	| { kind: 'ready'; upload: PhoneUpload; destination: UploadDestination };

/** Reads and vets the upload in the page's fragment (`#/upload?put=…`). */
export function openPhoneUpload(hash: string, appOrigin: string, now: Date): PhoneUploadView {
	try {
		const upload = readPhoneUpload(hash);
		if (!upload) return { kind: 'none' };
		return { kind: 'ready', upload, destination: vetPhoneUpload(upload, appOrigin, now) };
	} catch (e) {
		if (e instanceof InputError) return { kind: 'refused', reason: e.message, error: e };
		throw e;
	}
}
