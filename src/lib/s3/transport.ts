// Signs one S3 request with a SigV4 Authorization header and sends it through an injectable fetch.
import { toHex } from '../format/codec';
import { DEADLINES, startDeadline, type DeadlineKind, type DeadlineTimers } from './deadline';
import { checkSeparateOrigin, locationOrigin, type Location } from './endpoint';
import { NetworkError, S3Error, TimeoutError, isAbortError } from './errors';
import { Sha256 } from './hash';
import {
	CONTENT_SHA256,
	UNSIGNED_PAYLOAD,
	queryRecord,
	requestUrl,
	s3Signer,
	type ChecksumConstructor,
	type Credentials
} from './sigv4';
import { XmlFormatError, s3ErrorFromResponse } from './xml';

export interface TransportOptions {
	region: string;
	credentials: Credentials;
	/** Clock; the UI may add a server-time offset here. */
	now: () => Date;
	fetch?: typeof fetch;
	sha256?: ChecksumConstructor;
	/** The origin of the page holding the keys: nothing is signed for it (SharedOriginError). */
	pageOrigin?: string;
	/** Milliseconds per kind of request (default DEADLINES). */
	deadlines?: Partial<Record<DeadlineKind, number>>;
	/** Timers for the deadlines (default: the global ones). */
	timers?: DeadlineTimers;
}

export interface Transport {
	/**
	 * Signs and sends; non-2xx → S3Error, fetch TypeError → NetworkError, no answer before the
	 * call's deadline → TimeoutError, the caller's abort as is.
	 */
	send(call: SignedCall, signal: AbortSignal): Promise<{ res: Response; text: string }>;
	/** Parses a 2xx XML body; a web page or junk becomes an S3Error 'InvalidResponse'. */
	parseOk<T>(res: Response, text: string, parse: (xml: string) => T): T;
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Bodies up to this size are hashed; larger ones and Blobs go as UNSIGNED-PAYLOAD. */
const HASH_LIMIT = 1024 * 1024;

/** One S3 request before signing. */
export interface SignedCall {
	method: 'GET' | 'PUT' | 'HEAD' | 'DELETE' | 'POST';
	loc: Location;
	query?: [string, string][];
	headers?: Record<string, string>;
	body?: Blob | ArrayBuffer | Uint8Array | string;
	notFoundCode?: string;
	/** How long the whole exchange (signing, sending, reading the body) may take; 'request' if unset. */
	deadline?: DeadlineKind;
	/** Called once the request is on its way (signed, fetch called). */
	onFetch?: () => void;
}

// Kept in its own module: error diagnosis on the first screen reads it without the signer.
export { serverDateOf } from './server-date';

/** Every result carries the server's Date header when the browser lets us read it (clock skew). */
export interface WithServerDate {
	serverDate?: Date;
}

/** Creates the signing transport shared by every client call. */
export function createTransport(options: TransportOptions): Transport {
	const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
	const sha256 = options.sha256 ?? Sha256;
	const signer = s3Signer(options.region, options.credentials, sha256);

	async function payloadHash(body: SignedCall['body']): Promise<string> {
		if (body === undefined) return EMPTY_SHA256;
		if (body instanceof Blob) return UNSIGNED_PAYLOAD;
		const bytes =
			typeof body === 'string'
				? new TextEncoder().encode(body)
				: new Uint8Array(body as ArrayBuffer);
		if (bytes.byteLength > HASH_LIMIT) return UNSIGNED_PAYLOAD;
		const hash = new sha256();
		hash.update(bytes);
		const digest = await hash.digest();
		return toHex(digest);
	}

	const deadlines = { ...DEADLINES, ...options.deadlines };

	async function send(
		call: SignedCall,
		signal: AbortSignal
	): Promise<{ res: Response; text: string }> {
		const ms = deadlines[call.deadline ?? 'request'];
		const deadline = startDeadline(ms, options.timers);
		try {
			return await exchange(call, AbortSignal.any([signal, deadline.signal]));
		} catch (e) {
			// The caller's own abort wins: it is ignored upstream, a timeout is shown.
			if (deadline.expired && !signal.aborted) {
				throw new TimeoutError(locationOrigin(call.loc), ms, e);
			}
			throw e;
		} finally {
			deadline.clear();
		}
	}

	async function exchange(
		call: SignedCall,
		signal: AbortSignal
	): Promise<{ res: Response; text: string }> {
		const { loc } = call;
		checkSeparateOrigin(locationOrigin(loc), options.pageOrigin);
		const signed = await signer.sign(
			{
				method: call.method,
				protocol: loc.protocol,
				hostname: loc.host,
				path: loc.path,
				query: queryRecord(call.query),
				headers: {
					...call.headers,
					host: loc.host,
					[CONTENT_SHA256]: await payloadHash(call.body)
				}
			},
			{ signingDate: options.now() }
		);
		// Browsers set Host themselves and refuse to let scripts send it.
		const headers = { ...(signed.headers as Record<string, string>) };
		delete headers.host;
		const url = requestUrl(loc, call.query);
		let res: Response;
		let text: string;
		try {
			const sending = doFetch(url, {
				method: call.method,
				headers,
				body: call.body as BodyInit | undefined,
				signal
			});
			call.onFetch?.();
			res = await sending;
			// A connection lost while the body arrives is a network error as well.
			text = call.method === 'HEAD' ? '' : await res.text();
		} catch (e) {
			if (isAbortError(e)) throw e;
			if (e instanceof TypeError) throw new NetworkError(locationOrigin(loc), e);
			throw e;
		}
		if (!res.ok) {
			throw s3ErrorFromResponse({
				status: res.status,
				statusText: res.statusText,
				body: text,
				headers: res.headers,
				notFoundCode: call.notFoundCode
			});
		}
		return { res, text };
	}

	/** Parses a 2xx XML body; a web page or junk becomes an S3Error with the status kept. */
	function parseOk<T>(res: Response, text: string, parse: (xml: string) => T): T {
		try {
			return parse(text);
		} catch (e) {
			if (!(e instanceof XmlFormatError)) throw e;
			const err = s3ErrorFromResponse({ status: res.status, body: text, headers: res.headers });
			throw new S3Error({
				...err,
				code: 'InvalidResponse',
				message: `${e.message} ${err.message}`,
				body: text
			});
		}
	}

	return { send, parseOk };
}
