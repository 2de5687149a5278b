// A lean SigV4 presigner for many requests under one job (AWS docs, sigv4-query-string-auth):
// the signing key is derived once per batch, then each URL costs one SHA-256 of its canonical
// request and one HMAC of its string to sign. Smithy's SignatureV4 does five hash calls per URL
// (one HMAC only to look up its signing-key cache), which is why it stays ~4x under the WebCrypto floor. Proven byte-identical
// to presignUrl (smithy) by batch-sigv4.spec.ts on random keys and on the botocore vectors.
import { Sha256 } from '@aws-crypto/sha256-js';
import { toHex } from '$lib/format/codec';
import { bucketLocation, encodeKey, encodeRfc3986 } from '$lib/s3/endpoint';
import { hashing } from '$lib/s3/hash';
import { signingSecond, validateKey, validateSigningJob } from '$lib/s3/presign';
import { hmacSha256Sync, signingKey } from '$lib/s3/signing-key';
import type { BulkJob, HashBackend } from './types';

const ALGORITHM = 'AWS4-HMAC-SHA256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const encoder = new TextEncoder();
const IN_FLIGHT = 64;
/** At 2b and 2b + 1: the ASCII codes of byte b's two lower-case hex digits. */
const HEX_CODES = encoder.encode(
	Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0')).join('')
);

/** Writes `bytes` as lower-case hex into `out` at `offset` (two bytes of `out` per byte). */
function writeHex(bytes: Uint8Array, out: Uint8Array, offset: number): void {
	for (let i = 0; i < bytes.length; i++) {
		out[offset + 2 * i] = HEX_CODES[2 * bytes[i]];
		out[offset + 2 * i + 1] = HEX_CODES[2 * bytes[i] + 1];
	}
}

function sha256Js(data: string): Uint8Array {
	const h = new Sha256();
	h.update(data);
	return h.digestSync();
}

/** `20130524T000000Z` for a date already truncated to whole seconds. */
export function amzDate(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** Checks the parts every URL of the job shares; throws InputError like presignUrl would. */
export function validateJob(job: BulkJob): void {
	validateSigningJob(job);
}

/** What every URL of one batch shares: scope, canonical query, signing key. */
interface BatchContext {
	urlPrefix: string;
	pathPrefix: string;
	host: string;
	canonicalQuery: string;
	/** The auth parameters of canonicalQuery, encoded, for merging with a request's own query. */
	canonicalPairs: string[];
	urlQuery: string;
	stringToSignHead: string;
	signingKey: Uint8Array;
}

function batchContext(job: BulkJob): BatchContext {
	validateJob(job);
	const signedAt = signingSecond(job.now);
	const dateTime = amzDate(signedAt);
	const date = dateTime.slice(0, 8);
	const scope = `${date}/${job.region}/s3/aws4_request`;
	const { accessKeyId, secretAccessKey, sessionToken } = job.credentials;
	const credential = encodeRfc3986(`${accessKeyId}/${scope}`);
	const token = sessionToken ? encodeRfc3986(sessionToken) : '';
	const common = `X-Amz-Algorithm=${ALGORITHM}&X-Amz-Credential=${credential}&X-Amz-Date=${dateTime}&X-Amz-Expires=${job.expiresIn}`;
	// Canonical order is by name (Security-Token < SignedHeaders); the URL keeps botocore's order.
	const canonicalQuery = `${common}${token ? `&X-Amz-Security-Token=${token}` : ''}&X-Amz-SignedHeaders=host`;
	const urlQuery = `${common}&X-Amz-SignedHeaders=host${token ? `&X-Amz-Security-Token=${token}` : ''}`;
	const loc = bucketLocation({
		endpoint: job.endpoint,
		bucket: job.bucket,
		addressing: job.addressing
	});
	return {
		urlPrefix: `${loc.protocol}//${loc.urlHost}`,
		pathPrefix: loc.addressing === 'virtual' ? '' : loc.path,
		host: loc.host,
		canonicalQuery,
		canonicalPairs: canonicalQuery.split('&'),
		urlQuery,
		stringToSignHead: `${ALGORITHM}\n${dateTime}\n${scope}\n`,
		signingKey: signingKey(secretAccessKey, date, job.region)
	};
}

/** One request to presign: method, key and its own query parameters (decoded). */
export interface PresignRequestSpec {
	method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'HEAD';
	key: string;
	query?: readonly [string, string][];
}

function canonicalParts(
	ctx: BatchContext,
	key: string,
	method = 'GET',
	query: readonly [string, string][] = []
): { path: string; canonicalRequest: string; urlQuery: string } {
	validateKey(key);
	const path = `${ctx.pathPrefix}/${encodeKey(key)}`;
	let canonicalQuery = ctx.canonicalQuery;
	let urlQuery = ctx.urlQuery;
	if (query.length) {
		// Canonical order sorts every parameter by name; the URL puts the caller's first (botocore).
		const own = query.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`);
		canonicalQuery = [...ctx.canonicalPairs, ...own].sort(byNameThenValue).join('&');
		urlQuery = `${own.join('&')}&${urlQuery}`;
	}
	const canonicalRequest = `${method}\n${path}\n${canonicalQuery}\nhost:${ctx.host}\n\nhost\n${UNSIGNED_PAYLOAD}`;
	return { path, canonicalRequest, urlQuery };
}

function byNameThenValue(a: string, b: string): number {
	const [ka, va] = a.split('=');
	const [kb, vb] = b.split('=');
	if (ka !== kb) return ka < kb ? -1 : 1;
	return va < vb ? -1 : va > vb ? 1 : 0;
}

/** Presigns GET URLs for `keys` synchronously with sha256-js. */
export function presignKeysJs(job: BulkJob, keys: readonly string[]): string[] {
	const ctx = batchContext(job);
	const urls = new Array<string>(keys.length);
	for (let i = 0; i < keys.length; i++) {
		const { path, canonicalRequest, urlQuery } = canonicalParts(ctx, keys[i]);
		const stringToSign = ctx.stringToSignHead + toHex(sha256Js(canonicalRequest));
		const signature = toHex(hmacSha256Sync(ctx.signingKey, stringToSign));
		urls[i] = `${ctx.urlPrefix}${path}?${urlQuery}&X-Amz-Signature=${signature}`;
	}
	return urls;
}

/**
 * Presigns GET URLs for `keys` on the page's hashing: WebCrypto (its HMAC key imported once per
 * batch), or the JavaScript fallback where the page has no WebCrypto.
 */
export async function presignKeysAsync(job: BulkJob, keys: readonly string[]): Promise<string[]> {
	return presignRequestsAsync(
		job,
		keys.map((key) => ({ method: 'GET', key }))
	);
}

/**
 * Presigns `requests` (any method, each with its own key and query) under one job, on the page's
 * hashing like presignKeysAsync. URLs come back in the order of `requests`.
 */
export async function presignRequestsAsync(
	job: BulkJob,
	requests: readonly PresignRequestSpec[]
): Promise<string[]> {
	const ctx = batchContext(job);
	const impl = await hashing();
	const mac = await impl.hmac('SHA-256', ctx.signingKey);
	const head = encoder.encode(ctx.stringToSignHead);
	const stringToSignBytes = head.length + 64;
	const urls = new Array<string>(requests.length);
	// A few dozen in flight keep WebCrypto's thread busy without a 10,000-promise spike. Each
	// chunk encodes its messages into one buffer and hashes views of it, rather than a new
	// ArrayBuffer per message: garbage collection is the largest single cost of this loop.
	for (let start = 0; start < requests.length; start += IN_FLIGHT) {
		const chunk = requests.slice(start, start + IN_FLIGHT);
		const parts = chunk.map(({ method, key, query }) => canonicalParts(ctx, key, method, query));
		// UTF-8 takes at most 3 bytes per UTF-16 code unit.
		const canonical = new Uint8Array(parts.reduce((n, p) => n + 3 * p.canonicalRequest.length, 0));
		let at = 0;
		const digests = await Promise.all(
			parts.map(({ canonicalRequest }) => {
				const { written } = encoder.encodeInto(canonicalRequest, canonical.subarray(at));
				at += written;
				return impl.sha256(canonical.subarray(at - written, at));
			})
		);
		const stringsToSign = new Uint8Array(chunk.length * stringToSignBytes);
		const signatures = await Promise.all(
			digests.map((digest, i) => {
				const offset = i * stringToSignBytes;
				stringsToSign.set(head, offset);
				writeHex(digest, stringsToSign, offset + head.length);
				return mac(stringsToSign.subarray(offset, offset + stringToSignBytes));
			})
		);
		for (let i = 0; i < chunk.length; i++) {
			const { path, urlQuery } = parts[i];
			urls[start + i] =
				`${ctx.urlPrefix}${path}?${urlQuery}&X-Amz-Signature=${toHex(signatures[i])}`;
		}
	}
	return urls;
}

/** Presigns GET URLs for `keys` with the chosen hash backend. */
export function presignKeysV4(
	job: BulkJob,
	keys: readonly string[],
	hash: HashBackend
): Promise<string[]> {
	return hash === 'js'
		? Promise.resolve().then(() => presignKeysJs(job, keys))
		: presignKeysAsync(job, keys);
}
