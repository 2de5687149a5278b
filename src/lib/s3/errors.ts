// Typed errors thrown by src/lib/s3. State code turns them into messages; aborted work is ignored.
import { fillPlaceholders, type MessageParams } from '../i18n/language';

/**
 * Bad user input (endpoint, bucket, key, expiry, …); `message` is meant to be shown as is in
 * English, `template` and `params` to be shown in the page's language.
 */
export class InputError extends Error {
	override name = 'InputError';
	/** Which input was wrong, when known (e.g. 'endpoint', 'bucket', 'key', 'expiresIn'). */
	readonly field?: string;
	/** The English sentence before its values were filled in: what translations are keyed by. */
	readonly template: string;
	readonly params?: MessageParams;
	/** `template` may hold `{name}` placeholders, filled from `params` into `message`. */
	constructor(template: string, field?: string, params?: MessageParams) {
		super(params ? fillPlaceholders(template, params) : template);
		this.field = field;
		this.template = template;
		this.params = params;
	}
}

/**
 * The page holding the keys is served from the origin it would send signed requests to. Every
 * object anyone can put there (an HTML file, say) would run as this page: it could read the keys
 * from sessionStorage and rewrite the app's offline cache. So nothing is signed for that origin.
 */
export class SharedOriginError extends InputError {
	override name = 'SharedOriginError';
	readonly origin: string;
	constructor(origin: string) {
		super(
			'This page is served from {origin}, the storage endpoint itself, so it will not take or use keys for it: ' +
				'any file stored on that endpoint (an HTML page anyone uploads, or a file sent through an upload link) ' +
				'runs as this page and could read your keys and change the app. Open S3 Presign from a host that ' +
				'serves only the app (any static web host, or a virtual-hosted bucket whose host holds nothing else) ' +
				'and connect from there.',
			'endpointUrl',
			{ origin }
		);
		this.origin = origin;
	}
}

export interface S3ErrorInit {
	code: string;
	message: string;
	status: number;
	requestId?: string;
	hostId?: string;
	resource?: string;
	/** From `x-amz-bucket-region` (AWS sends it on 301/403 for buckets in another region). */
	region?: string;
	/** `<ServerTime>` of RequestTimeTooSkewed, useful to correct the clock. */
	serverTime?: Date;
	/** Raw response body ('' for HEAD or empty answers). */
	body: string;
}

/** A non-2xx answer from the S3 server (or a 200 carrying an <Error>, as CopyObject can). */
export class S3Error extends Error {
	override name = 'S3Error';
	readonly code: string;
	readonly status: number;
	readonly requestId?: string;
	readonly hostId?: string;
	readonly resource?: string;
	readonly region?: string;
	readonly serverTime?: Date;
	readonly body: string;
	constructor(init: S3ErrorInit) {
		super(init.message);
		this.code = init.code;
		this.status = init.status;
		this.requestId = init.requestId;
		this.hostId = init.hostId;
		this.resource = init.resource;
		this.region = init.region;
		this.serverTime = init.serverTime;
		this.body = init.body;
	}
}

/** A NetworkError's message before its `{origin}` is filled in: what translations are keyed by. */
export const NO_ANSWER_READ =
	'Could not get an answer from {origin}. The server may be unreachable or the URL wrong, ' +
	"or the browser blocked the response because the bucket's CORS rules do not allow this site " +
	'(servers also omit CORS headers on some auth errors, e.g. a wrong secret or clock).';

/**
 * fetch() rejected with a TypeError: DNS, refused connection, TLS, mixed content, or a CORS refusal.
 * The browser does not say which, and RGW sends 403s without CORS headers, so an expired or
 * wrongly signed request also ends up here.
 */
export class NetworkError extends Error {
	override name = 'NetworkError';
	readonly origin: string;
	constructor(origin: string, cause?: unknown) {
		super(fillPlaceholders(NO_ANSWER_READ, { origin }), { cause });
		this.origin = origin;
	}
}

/** Why an endpoint may accept a connection and never answer. */
export const NO_ANSWER_CAUSES =
	'The endpoint may not be reachable from this network (a VPN that is down, a firewall that ' +
	'drops the traffic), or it is down.';

/**
 * No answer within the request's deadline (see deadline.ts), so it was abandoned. The TCP
 * connection may well have been accepted: nothing says whether the network or the server is to
 * blame, hence the list of likely causes.
 */
export class TimeoutError extends NetworkError {
	override name = 'TimeoutError';
	/** The deadline that ran out. */
	readonly ms: number;
	constructor(origin: string, ms: number, cause?: unknown) {
		super(origin, cause);
		this.ms = ms;
		this.message = `No answer from ${origin} within ${Math.round(ms / 1000)} seconds. ${NO_ANSWER_CAUSES}`;
	}
}

/** True for the rejection of an aborted fetch or AbortSignal (DOMException 'AbortError'). */
export function isAbortError(e: unknown): boolean {
	return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** Human text for an S3 error code, used when the server's <Message> is empty (Ceph RGW always). */
export const CODE_MESSAGES: Record<string, string> = {
	AccessDenied:
		'Access denied. These credentials may not allow this action, or the link or request has expired.',
	SignatureDoesNotMatch:
		"The signature does not match. Check the secret key, and that the endpoint and region are the server's.",
	InvalidAccessKeyId: 'The server does not know this access key.',
	ExpiredToken: 'The session token has expired. Get new temporary credentials.',
	InvalidToken: 'The session token is not valid.',
	RequestTimeTooSkewed:
		"This computer's clock is too far from the server's. Fix the clock, or let the app correct for it.",
	NoSuchBucket: 'The bucket does not exist.',
	NoSuchKey: 'The object does not exist.',
	NotFound: 'Not found.',
	InvalidBucketName: 'The bucket name is not valid.',
	PermanentRedirect:
		'The bucket is in another region or must be addressed through another endpoint.',
	AuthorizationHeaderMalformed:
		'The region in the signature does not match the server (check the region).',
	NotImplemented: 'The server does not implement this request.',
	MethodNotAllowed: 'The server does not allow this method here.',
	SlowDown: 'The server asks to slow down. Try again in a moment.',
	ServiceUnavailable: 'The server is unavailable. Try again in a moment.',
	InternalError: 'The server had an internal error. Try again in a moment.'
};

/** Code to use when the body gives none (HEAD responses, proxies, empty bodies). */
export function codeForStatus(status: number, notFoundCode = 'NotFound'): string {
	if (status === 301 || status === 307) return 'PermanentRedirect';
	if (status === 400) return 'BadRequest';
	if (status === 401 || status === 403) return 'AccessDenied';
	if (status === 404) return notFoundCode;
	if (status === 405) return 'MethodNotAllowed';
	if (status === 501) return 'NotImplemented';
	if (status === 503) return 'ServiceUnavailable';
	if (status >= 500) return 'InternalError';
	return `Http${status}`;
}

/** The browser could not compute a signature; `message` is meant to be shown as is. */
export class SigningError extends Error {
	override name = 'SigningError';
	constructor(
		message = 'This browser failed while computing the signature. Reload the page and try again.',
		cause?: unknown
	) {
		super(message, { cause });
	}
}
