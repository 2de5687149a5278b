// SigV4 query-string presigning (AWS docs "Authenticating Requests: Using Query Parameters")
// on @smithy/signature-v4, with botocore's parameter order in the URL.
import { SignatureV4 } from '@smithy/signature-v4';
import { encodeRfc3986 } from './endpoint';
import { checkExpiry } from './expiry';
import { Sha256 } from './hash';

/** Hash constructor accepted by SignatureV4 (hash.ts's Sha256 by default, sha256-js, …). */
export type ChecksumConstructor = NonNullable<
	ConstructorParameters<typeof SignatureV4>[0]['sha256']
>;
type HttpRequestLike = Parameters<SignatureV4['presign']>[0];

export type HttpMethod = 'GET' | 'PUT' | 'HEAD' | 'DELETE';

export interface Credentials {
	accessKeyId: string;
	secretAccessKey: string;
	sessionToken?: string;
}

/** What every presigned URL is made of, whatever the signature version. */
export interface PresignParts {
	method: HttpMethod;
	credentials: Credentials;
	expiresIn: number;
	now: Date;
	/** Extra query parameters, decoded, in URL order (response-*, versionId, …). */
	query?: [string, string][];
	/** Extra headers to sign; the client must send them exactly. */
	headers?: Record<string, string>;
}

export interface PresignV4Input extends PresignParts {
	protocol: 'http:' | 'https:';
	/** Signed Host header value (default port dropped). */
	host: string;
	/** Host written in the URL. */
	urlHost: string;
	/** Already-encoded path: smithy must not encode it again (uriEscapePath: false). */
	path: string;
	region: string;
	sha256?: ChecksumConstructor;
}

export interface PresignV4Result {
	url: string;
	requiredHeaders: Record<string, string>;
}

/** The payload hash of a request whose body is not hashed (presigned URLs, large uploads). */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** The header S3 reads the payload hash from. */
export const CONTENT_SHA256 = 'x-amz-content-sha256';

/**
 * A SigV4 signer for S3, as presigned URLs and signed requests both use it: paths arrive encoded
 * once (by encodeKey), so smithy must not encode them again, and no checksum header is added.
 */
export function s3Signer(
	region: string,
	credentials: Credentials,
	sha256: ChecksumConstructor = Sha256
): SignatureV4 {
	return new SignatureV4({
		service: 's3',
		region,
		credentials: {
			accessKeyId: credentials.accessKeyId,
			secretAccessKey: credentials.secretAccessKey,
			sessionToken: credentials.sessionToken || undefined
		},
		sha256,
		uriEscapePath: false,
		applyChecksum: false
	});
}

/** Query pairs as the record smithy signs (names are unique: the caller's were checked). */
export function queryRecord(pairs: [string, string][] = []): Record<string, string> {
	return Object.fromEntries(pairs);
}

/** Lower-cased copy of the extra headers; sorted order does not matter to SigV4. */
function lowerCaseHeaders(headers: Record<string, string> = {}): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
	return out;
}

/** Creates a SigV4 presigned URL. Validates expiry before anything is signed. */
export async function presignV4(input: PresignV4Input): Promise<PresignV4Result> {
	checkExpiry(input.expiresIn, 'v4');
	const extraHeaders = lowerCaseHeaders(input.headers);
	const signer = s3Signer(input.region, input.credentials, input.sha256);
	const request: HttpRequestLike = {
		method: input.method,
		protocol: input.protocol,
		hostname: input.host,
		path: input.path,
		query: queryRecord(input.query),
		// The payload hash is read from this header; it is neither signed nor sent.
		headers: { ...extraHeaders, host: input.host, [CONTENT_SHA256]: UNSIGNED_PAYLOAD }
	};
	const signed = await signer.presign(request, {
		signingDate: input.now,
		expiresIn: input.expiresIn,
		// botocore signs x-amz-meta-*, SSE etc. as headers rather than hoisting them into the query.
		unhoistableHeaders: new Set([...Object.keys(extraHeaders), CONTENT_SHA256]),
		unsignableHeaders: new Set([CONTENT_SHA256])
	});
	const q = signed.query as Record<string, string>;
	// botocore order: caller's parameters, then auth parameters, token just before the signature.
	const pairs: [string, string][] = [
		...(input.query ?? []),
		['X-Amz-Algorithm', q['X-Amz-Algorithm']],
		['X-Amz-Credential', q['X-Amz-Credential']],
		['X-Amz-Date', q['X-Amz-Date']],
		['X-Amz-Expires', q['X-Amz-Expires']],
		['X-Amz-SignedHeaders', q['X-Amz-SignedHeaders']]
	];
	if (q['X-Amz-Security-Token']) pairs.push(['X-Amz-Security-Token', q['X-Amz-Security-Token']]);
	pairs.push(['X-Amz-Signature', q['X-Amz-Signature']]);
	return { url: requestUrl(input, pairs), requiredHeaders: extraHeaders };
}

/** `k=v&…` with RFC 3986 encoding of names and values, order kept. */
export function formatQuery(pairs: [string, string][]): string {
	return pairs.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`).join('&');
}

/** The URL of a request: protocol, host as written in URLs, encoded path, then the query. */
export function requestUrl(
	at: { protocol: string; urlHost: string; path: string },
	query: [string, string][] = []
): string {
	const search = query.length ? `?${formatQuery(query)}` : '';
	return `${at.protocol}//${at.urlHost}${at.path}${search}`;
}
