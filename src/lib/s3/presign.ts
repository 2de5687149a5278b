// One entry point for presigned links: validates the request, resolves addressing, dispatches.
import {
	encodeKey,
	encodeRfc3986,
	objectLocation,
	bucketLocation,
	checkSeparateOrigin,
	locationOrigin,
	type Addressing,
	type Endpoint
} from './endpoint';
import { isValidDate } from '../format/dates';
import { InputError } from './errors';
import { checkExpiry, expiryDate, signingSecond } from './expiry';
import { presignV2 } from './sigv2';
import { presignV4, type ChecksumConstructor, type PresignParts } from './sigv4';

export { signingSecond };

export type Signer = 'v4' | 'v2';

export interface PresignRequest extends PresignParts {
	signer: Signer;
	endpoint: Endpoint;
	region: string;
	addressing: Addressing;
	bucket: string;
	key: string;
	sha256?: ChecksumConstructor;
	/** The origin of the page holding the keys: a link into it is refused (SharedOriginError). */
	pageOrigin?: string;
}

export interface PresignedUrl {
	url: string;
	signedAt: Date;
	expiresAt: Date;
	signer: Signer;
	method: string;
	bucket: string;
	key: string;
	/** Headers the client must send exactly as given (signed headers, e.g. Content-Type for PUT). */
	requiredHeaders: Record<string, string>;
}

const METHODS: readonly string[] = ['GET', 'PUT', 'HEAD', 'DELETE'];
const MAX_KEY_BYTES = 1024;
// Query names the signer writes itself; a caller supplying them would break or forge the signature.
const RESERVED_QUERY = /^(x-amz-|awsaccesskeyid$|signature$|expires$)/i;
// Headers the signer or the browser controls.
const RESERVED_HEADERS =
	/^(host|authorization|x-amz-date|x-amz-content-sha256|x-amz-security-token|x-amz-checksum-.*|x-amz-sdk-checksum-algorithm)$/i;

/** Throws InputError unless `bucket` follows S3 naming rules (3–63 chars, letters, digits, . -). */
export function validateBucketName(bucket: string): void {
	// Each sentence whole, with the name as a value: translations are keyed by the sentence.
	const fail = (sentence: string) => {
		throw new InputError(sentence, 'bucket', { bucket });
	};
	if (bucket === '') throw new InputError('Enter a bucket name.', 'bucket');
	if (bucket.length < 3 || bucket.length > 63)
		fail('Bucket name "{bucket}" is not valid: it must be 3 to 63 characters long.');
	// Upper case and _ are refused by AWS today but exist on older buckets and relaxed servers
	// (RGW rgw_relaxed_s3_bucket_names); they only force path-style addressing.
	if (!/^[A-Za-z0-9._-]+$/.test(bucket))
		fail('Bucket name "{bucket}" is not valid: use only letters, digits, dots and hyphens.');
	if (!/^[A-Za-z0-9].*[A-Za-z0-9]$/.test(bucket))
		fail('Bucket name "{bucket}" is not valid: it must start and end with a letter or digit.');
	if (bucket.includes('..'))
		fail('Bucket name "{bucket}" is not valid: it must not contain two dots in a row.');
	if (/^\d{1,3}(\.\d{1,3}){3}$/.test(bucket))
		fail('Bucket name "{bucket}" is not valid: it must not look like an IP address.');
}

/** Throws InputError unless the key is 1..1024 UTF-8 bytes of valid Unicode. */
export function validateKey(key: string): void {
	if (key === '') throw new InputError('Enter an object key (the file name in the bucket).', 'key');
	if (!key.isWellFormed()) throw new InputError('The object key contains invalid Unicode.', 'key');
	const bytes = new TextEncoder().encode(key).length;
	if (bytes > MAX_KEY_BYTES) {
		throw new InputError(
			`The object key is ${bytes} bytes long in UTF-8; S3 allows at most ${MAX_KEY_BYTES}.`,
			'key'
		);
	}
}

/** What every link signed with one set of settings shares: expiry, time, bucket, credentials. */
export type SigningJob = Pick<
	PresignRequest,
	| 'signer'
	| 'expiresIn'
	| 'now'
	| 'bucket'
	| 'credentials'
	| 'region'
	| 'endpoint'
	| 'addressing'
	| 'pageOrigin'
>;

/** Checks what one link or a whole batch of links shares; throws InputError with a human message. */
export function validateSigningJob(r: SigningJob): void {
	if (!isValidDate(r.now)) {
		throw new InputError('The signing time is not a valid date.', 'now');
	}
	checkExpiry(r.expiresIn, r.signer, r.now);
	validateBucketName(r.bucket);
	const bucketAt = bucketLocation({
		endpoint: r.endpoint,
		bucket: r.bucket,
		addressing: r.addressing
	});
	checkSeparateOrigin(locationOrigin(bucketAt), r.pageOrigin);
	if (!r.credentials.accessKeyId.trim())
		throw new InputError('Enter the access key ID.', 'accessKeyId');
	if (!r.credentials.secretAccessKey)
		throw new InputError('Enter the secret access key.', 'secretAccessKey');
	if (r.signer === 'v4' && !r.region.trim())
		throw new InputError('Enter the region (e.g. us-east-1).', 'region');
}

function validateRequest(r: PresignRequest): void {
	if (!METHODS.includes(r.method))
		throw new InputError(`Method ${r.method} cannot be presigned here.`, 'method');
	validateSigningJob(r);
	validateKey(r.key);
	const seen = new Set<string>();
	for (const [name] of r.query ?? []) {
		if (RESERVED_QUERY.test(name))
			throw new InputError(`Query parameter "${name}" is set by the signer.`, 'query');
		if (seen.has(name)) throw new InputError(`Query parameter "${name}" is given twice.`, 'query');
		seen.add(name);
	}
	const headers = Object.entries(r.headers ?? {});
	if (headers.length > 0 && r.method !== 'PUT') {
		throw new InputError(
			'Signed headers only work for upload (PUT) links: a browser opening a link cannot send them.',
			'headers'
		);
	}
	for (const [name, value] of headers) {
		if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name))
			throw new InputError(`"${name}" is not a valid header name.`, 'headers');
		if (RESERVED_HEADERS.test(name))
			throw new InputError(`Header "${name}" is set by the signer or the browser.`, 'headers');
		// fetch() refuses non-Latin-1 header values and S3 metadata is ASCII in headers.
		if (!/^[\x20-\x7e]*$/.test(value)) {
			throw new InputError(
				`Header "${name}" must be plain ASCII text without line breaks.`,
				'headers'
			);
		}
	}
}

/** Presigns one S3 request (SigV4 or SigV2). Throws InputError/ExpiryTooLongError before signing. */
export async function presignUrl(request: PresignRequest): Promise<PresignedUrl> {
	validateRequest(request);
	const { bucket, key, endpoint } = request;
	const loc = objectLocation({ endpoint, bucket, key, addressing: request.addressing });
	const signedAt = signingSecond(request.now);
	const expiresAt = expiryDate(signedAt, request.expiresIn);
	const common = {
		method: request.method,
		protocol: loc.protocol,
		urlHost: loc.urlHost,
		path: loc.path,
		credentials: request.credentials,
		expiresIn: request.expiresIn,
		now: signedAt,
		query: request.query,
		headers: request.headers
	};
	const result =
		request.signer === 'v4'
			? await presignV4({
					...common,
					host: loc.host,
					region: request.region,
					sha256: request.sha256
				})
			: await presignV2({ ...common, resourcePath: `/${bucket}/${encodeKey(key)}` });
	return {
		url: result.url,
		signedAt,
		expiresAt,
		signer: request.signer,
		method: request.method,
		bucket,
		key,
		requiredHeaders: result.requiredHeaders
	};
}

/**
 * `attachment; filename="fallback"; filename*=UTF-8''…` (RFC 6266 + RFC 5987) for
 * response-content-disposition, so downloads keep non-ASCII names in every browser.
 */
export function contentDispositionAttachment(filename: string): string {
	// Drop CR/LF and other C0 controls and DEL: they could split or end the header.
	const clean = Array.from(filename)
		.filter((c) => c.charCodeAt(0) > 0x1f && c !== '\x7f')
		.join('');
	const fallback = clean.replace(/[\\"]/g, '_').replace(/[^\x20-\x7e]+/g, '_');
	if (fallback === clean) return `attachment; filename="${fallback}"`;
	// RFC 5987 attr-char excludes ' ( ) * which encodeURIComponent leaves alone.
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc3986(clean)}`;
}
