// SigV2 query-string authentication (legacy "RESTAuthentication", botocore HmacV1QueryAuth):
// HMAC-SHA1 over a string to sign (hash.ts: WebCrypto, or JS where the page has none). No expiry
// cap; many S3-compatible servers accept it.
import { toBase64 } from '../format/codec';
import { hashing } from './hash';
import type { PresignParts } from './sigv4';
import { requestUrl } from './sigv4';

export interface PresignV2Input extends PresignParts {
	protocol: 'http:' | 'https:';
	urlHost: string;
	/** Already-encoded URL path. */
	path: string;
	/** `/bucket/encodedKey`, whatever the addressing (botocore's auth_path). */
	resourcePath: string;
}

export interface PresignV2Result {
	url: string;
	requiredHeaders: Record<string, string>;
	stringToSign: string;
}

/** Query parameters that are part of the canonical resource (botocore HmacV1Auth.QSAOfInterest). */
const SUB_RESOURCES = new Set([
	'accelerate', 'acl', 'cors', 'defaultObjectAcl', 'location', 'logging', 'partNumber', 'policy',
	'requestPayment', 'torrent', 'versioning', 'versionId', 'versions', 'website', 'uploads',
	'uploadId', 'response-content-type', 'response-content-language', 'response-expires',
	'response-cache-control', 'response-content-disposition', 'response-content-encoding', 'delete',
	'lifecycle', 'tagging', 'restore', 'storageClass', 'notification', 'replication', 'analytics',
	'metrics', 'inventory', 'select', 'select-type', 'object-lock'
]); // prettier-ignore

/** Path plus sorted sub-resources with decoded values, e.g. `/b/k?response-content-type=a/b`. */
export function canonicalResource(resourcePath: string, query: [string, string][] = []): string {
	const subs = query.filter(([k]) => SUB_RESOURCES.has(k));
	if (subs.length === 0) return resourcePath;
	// Stable sort by name only, as botocore (itemgetter(0)).
	const sorted = [...subs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `${resourcePath}?${sorted.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&')}`;
}

/** Headers that SigV2 signs and botocore copies into the query, in the given order. */
function signedHeaderEntries(headers: Record<string, string>): [string, string][] {
	return Object.entries(headers)
		.map(([k, v]): [string, string] => [k.toLowerCase(), v.trim()])
		.filter(([k]) => k === 'content-type' || k === 'content-md5' || k.startsWith('x-amz-'));
}

/** `METHOD\nContent-MD5\nContent-Type\nExpires\n[x-amz-*:v\n…]resource` */
export function stringToSignV2(
	method: string,
	expires: number,
	headers: [string, string][],
	resource: string
): string {
	const get = (name: string) => headers.find(([k]) => k === name)?.[1] ?? '';
	const amz = headers
		.filter(([k]) => k.startsWith('x-amz-'))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([k, v]) => `${k}:${v}\n`)
		.join('');
	return `${method}\n${get('content-md5')}\n${get('content-type')}\n${expires}\n${amz}${resource}`;
}

/** Base64 HMAC-SHA1 of a UTF-8 message under a UTF-8 secret. */
export async function hmacSha1Base64(secret: string, message: string): Promise<string> {
	const enc = new TextEncoder();
	const mac = await (await hashing()).hmac('SHA-1', enc.encode(secret));
	return toBase64(await mac(enc.encode(message)));
}

/** Creates a SigV2 presigned URL in botocore's parameter order. */
export async function presignV2(input: PresignV2Input): Promise<PresignV2Result> {
	const expires = Math.floor(input.now.getTime() / 1000) + input.expiresIn;
	const headers = signedHeaderEntries(input.headers ?? {});
	const token = input.credentials.sessionToken;
	if (token) headers.push(['x-amz-security-token', token]);
	const stringToSign = stringToSignV2(
		input.method,
		expires,
		headers,
		canonicalResource(input.resourcePath, input.query)
	);
	const signature = await hmacSha1Base64(input.credentials.secretAccessKey, stringToSign);
	const pairs: [string, string][] = [
		...(input.query ?? []),
		['AWSAccessKeyId', input.credentials.accessKeyId],
		['Signature', signature],
		...headers,
		['Expires', String(expires)]
	];
	// Only Content-Type/MD5 must travel as headers; x-amz-* ride in the query as botocore puts them.
	const requiredHeaders: Record<string, string> = {};
	for (const [k, v] of headers)
		if (k === 'content-type' || k === 'content-md5') requiredHeaders[k] = v;
	return {
		url: requestUrl(input, pairs),
		requiredHeaders,
		stringToSign
	};
}
