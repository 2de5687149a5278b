// Turns what src/lib/s3 throws into one message a person can act on. Aborted work is never shown
// (callers check isAbortError first).
import {
	InputError,
	NO_ANSWER_CAUSES,
	NO_ANSWER_READ,
	NetworkError,
	S3Error,
	SigningError,
	TimeoutError
} from '$lib/s3';
import { formatClockOffset } from '$lib/format/duration';
import { fillPlaceholders, type MessageParams } from '$lib/i18n/language';
import type { CorsContext } from './cors-advice';

export type ErrorKind =
	| 'wrong-secret'
	| 'unknown-key'
	| 'credentials'
	| 'no-bucket'
	| 'denied'
	| 'skew'
	| 'unreachable'
	| 'timeout'
	| 'cancelled'
	| 'offline'
	| 'cors'
	| 'input'
	| 'other';

export interface ErrorView {
	kind: ErrorKind;
	title: string;
	detail: string;
	code?: string;
	requestId?: string;
	/** Server minus local time, when the error is about the clock and the server said its time. */
	skewMs?: number;
	/** Filled in for `cors`: what the CORS doctor needs. */
	cors?: CorsContext;
	/** Title and detail as written, before `params` filled them: what translations are keyed by. */
	written?: { title: string; detail: string };
	params?: MessageParams;
}

/** `view` with `params` filled into its `{name}` placeholders, keeping the English as written. */
const filled = (view: ErrorView, params: MessageParams): ErrorView => ({
	...view,
	title: fillPlaceholders(view.title, params),
	detail: fillPlaceholders(view.detail, params),
	written: view,
	params
});

/** What a NetworkError turned out to be after probing (see diagnose.ts). */
export type NetworkVerdict =
	| { kind: 'unreachable' }
	| { kind: 'cors' }
	| { kind: 'no-bucket' }
	/** The bucket answers this origin, so the signed request was refused (RGW hides why). */
	| { kind: 'credentials'; serverDate?: Date };

export interface ErrorContext {
	bucket?: string;
	endpoint?: string;
	origin?: string;
	verdict?: NetworkVerdict;
	localMs?: number;
	/** The tab is offline (no network, or its own origin does not answer): no probe can help. */
	offline?: boolean;
}

/** Browsing while the device has no network; signing still works, so say that too. */
export const OFFLINE_MESSAGE =
	'You are offline: the endpoint cannot be reached. Links can still be created.';

/** SigV4 requests more than 15 minutes off the server's clock are refused (AWS and RGW). */
const SIGV4_SKEW_LIMIT_MS = 15 * 60_000;

/** The message for any error thrown while connecting or listing. */
export function describeError(e: unknown, ctx: ErrorContext = {}): ErrorView {
	if (e instanceof S3Error) return describeS3Error(e, ctx);
	if (e instanceof NetworkError) return describeNetworkError(e, ctx);
	if (e instanceof InputError)
		return { kind: 'input', title: 'Check the input', detail: e.message };
	if (e instanceof SigningError)
		return { kind: 'other', title: 'Could not sign', detail: e.message };
	const message = e instanceof Error ? e.message : String(e);
	return { kind: 'other', title: 'Something went wrong', detail: message };
}

function describeS3Error(e: S3Error, ctx: ErrorContext): ErrorView {
	const ids = { code: e.code, requestId: e.requestId };
	const bucket = ctx.bucket ? `“${ctx.bucket}”` : 'this bucket';
	switch (e.code) {
		case 'SignatureDoesNotMatch':
			return {
				kind: 'wrong-secret',
				title: 'Wrong secret access key',
				detail:
					'The server knows the access key ID, but the signature made with this secret does not match. ' +
					'Check the secret access key (and that the region is the server’s).',
				...ids
			};
		case 'InvalidAccessKeyId':
			return {
				kind: 'unknown-key',
				title: 'Unknown access key',
				detail:
					'The server does not know this access key ID. Check it for typos, and that these keys belong to this endpoint.',
				...ids
			};
		case 'NoSuchBucket':
			return filled(
				{
					kind: 'no-bucket',
					title: 'No such bucket',
					detail:
						'There is no bucket {bucket} at this endpoint. Check the spelling (bucket names are lower case).',
					...ids
				},
				{ bucket }
			);
		case 'AccessDenied':
			return filled(
				{
					kind: 'denied',
					title: 'Access denied',
					detail:
						'These credentials may not list {bucket}. Ask its owner for s3:ListBucket, or open another bucket.',
					...ids
				},
				{ bucket }
			);
		case 'RequestTimeTooSkewed': {
			const skewMs = e.serverTime
				? e.serverTime.getTime() - (ctx.localMs ?? Date.now())
				: undefined;
			return filled(
				{
					kind: 'skew',
					title: 'This device’s clock is off',
					detail:
						skewMs === undefined
							? 'The server refused the request because the clocks differ by more than 15 minutes.'
							: 'The server’s clock is {offset}; requests must be within 15 minutes.',
					skewMs,
					...ids
				},
				{ offset: formatClockOffset(skewMs ?? 0) }
			);
		}
		case 'InvalidResponse':
			return {
				kind: 'other',
				title: 'Not an S3 answer',
				detail: e.message,
				...ids
			};
		case 'InternalError':
		case 'ServiceUnavailable':
		case 'SlowDown':
			return filled(
				{
					kind: 'other',
					title: 'The server is having trouble (HTTP {status})',
					detail: e.message || 'Try again in a moment.',
					...ids
				},
				{ status: e.status }
			);
		default:
			return filled(
				{
					kind: 'other',
					title: 'The server answered {code}',
					detail: e.message || `HTTP ${e.status}.`,
					...ids
				},
				{ code: e.code }
			);
	}
}

function describeNetworkError(e: NetworkError, ctx: ErrorContext): ErrorView {
	const endpoint = ctx.endpoint ?? e.origin;
	const verdict = ctx.verdict;
	if (ctx.offline) {
		return {
			kind: 'offline',
			title: 'No network',
			detail: OFFLINE_MESSAGE
		};
	}
	if (e instanceof TimeoutError) {
		return filled(
			{
				kind: 'timeout',
				title: 'No answer from the endpoint',
				detail:
					'No answer from {origin} within {seconds} seconds. {causes} Check the URL and port, and your VPN or network, then try again.'
			},
			{ origin: e.origin, seconds: Math.round(e.ms / 1000), causes: NO_ANSWER_CAUSES }
		);
	}
	if (verdict?.kind === 'unreachable') {
		return filled(
			{
				kind: 'unreachable',
				title: 'Cannot reach the endpoint',
				detail:
					'Nothing answered at {endpoint}. Check the URL and port, that the server runs, and your network. ' +
					'(A page served over https also may not call a plain-http endpoint.)'
			},
			{ endpoint }
		);
	}
	if (verdict?.kind === 'no-bucket') {
		const missing = new S3Error({ code: 'NoSuchBucket', message: '', status: 404, body: '' });
		return describeS3Error(missing, ctx);
	}
	if (verdict?.kind === 'credentials') {
		const skewMs = verdict.serverDate
			? verdict.serverDate.getTime() - (ctx.localMs ?? Date.now())
			: undefined;
		if (skewMs !== undefined && Math.abs(skewMs) > SIGV4_SKEW_LIMIT_MS) {
			return filled(
				{
					kind: 'skew',
					title: 'This device’s clock is off',
					detail:
						'The server’s clock is {offset}, more than the 15 minutes a signature may be off.',
					skewMs
				},
				{ offset: formatClockOffset(skewMs) }
			);
		}
		return {
			kind: 'credentials',
			title: 'Wrong secret or unknown access key',
			detail:
				'The bucket answers this page, but the server refused the signed request: either the secret access key is wrong, ' +
				'or the server does not know this access key ID (or the session token has expired). This server sends auth ' +
				'errors without CORS headers, so the browser cannot tell which: check both keys.'
		};
	}
	if (verdict?.kind === 'cors' && ctx.bucket && ctx.origin) {
		const { bucket, origin } = ctx;
		return filled(
			{
				kind: 'cors',
				title: 'The browser blocked the answer (CORS)',
				// Without CORS headers a missing bucket (404) and a bucket without a rule for this
				// origin look the same to the page (Ceph RGW sends neither with CORS): name both.
				detail:
					'The endpoint is reachable, but the browser may not read the answer about bucket “{bucket}”. ' +
					'Either there is no bucket “{bucket}” at this endpoint (check the spelling: bucket names are lower case), ' +
					'or it has no CORS rule for {origin}: then add the rule below, and try again.',
				cors: { origin, endpoint, bucket }
			},
			{ bucket, origin }
		);
	}
	return filled(
		{ kind: 'other', title: 'No answer the browser could read', detail: NO_ANSWER_READ },
		{ origin: e.origin }
	);
}

/** Connect was cancelled while it still waited for an answer from `endpoint`. */
export function cancelledConnect(endpoint: string): ErrorView {
	return filled(
		{
			kind: 'cancelled',
			title: 'Connect cancelled',
			detail:
				'No answer had come from {endpoint} yet. {causes} ' +
				'Your settings are kept: check them and press Connect to try again.'
		},
		{ endpoint, causes: NO_ANSWER_CAUSES }
	);
}
