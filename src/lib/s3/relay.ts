// Relay links: a chain of SigV4 links ("windows") that together last longer than SigV4's 7 days.
// Window k is dated start + k × 6 days and lasts 7 days, so neighbours overlap by a day (clock
// slack on both sides); the last one ends exactly at the requested end. Every window is signed by
// presignUrl itself, and what the windows share is kept once so a window's URL can be rebuilt
// from its date offset and its 32 signature bytes alone.
import { fromHex, toHex } from '../format/codec';
import { SigningError } from './errors';
import { MAX_V4_EXPIRES_SECONDS, checkExpiry, signingSecond } from './expiry';
import { presignUrl, type PresignRequest } from './presign';
import { formatQuery } from './sigv4';

/** Days between the dates of two consecutive windows: one day less than a window lasts. */
export const RELAY_STEP_SECONDS = 6 * 86400;
const ALGORITHM = 'AWS4-HMAC-SHA256';

/** One window: seconds after the relay's start, and how long it lasts. */
export interface RelaySpan {
	offset: number;
	expiresIn: number;
}

/** Everything needed to rebuild each window's URL, and nothing secret. */
export interface RelayLink {
	method: 'GET' | 'PUT';
	bucket: string;
	key: string;
	/** The URL up to and including the `?` or `&` before X-Amz-Algorithm. */
	base: string;
	accessKeyId: string;
	region: string;
	signedHeaders: string;
	sessionToken?: string;
	/** Content-Type an upload must send (signed), if any. */
	contentType?: string;
	/** Unix seconds: when the first window opens and when the last one ends. */
	start: number;
	end: number;
	windows: { offset: number; signature: Uint8Array }[];
}

/** The windows covering `totalSeconds` from the start, overlapping by a day, the last one cut. */
export function relayWindows(totalSeconds: number): RelaySpan[] {
	const spans: RelaySpan[] = [];
	for (let offset = 0; ; offset += RELAY_STEP_SECONDS) {
		const expiresIn = Math.min(MAX_V4_EXPIRES_SECONDS, totalSeconds - offset);
		spans.push({ offset, expiresIn });
		if (offset + expiresIn >= totalSeconds) return spans;
	}
}

/** `20130524T000000Z`, the X-Amz-Date form of a time. */
export function amzDate(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** When window `index` opens and ends, in Unix seconds. */
export function windowSpan(link: RelayLink, index: number): { from: number; until: number } {
	const from = link.start + link.windows[index].offset;
	return { from, until: Math.min(from + MAX_V4_EXPIRES_SECONDS, link.end) };
}

/** The plain presigned URL of window `index`, exactly as presignUrl wrote it. */
export function windowUrl(link: RelayLink, index: number): string {
	const { from, until } = windowSpan(link, index);
	const date = amzDate(new Date(from * 1000));
	const scope = `${link.accessKeyId}/${date.slice(0, 8)}/${link.region}/s3/aws4_request`;
	const pairs: [string, string][] = [
		['X-Amz-Algorithm', ALGORITHM],
		['X-Amz-Credential', scope],
		['X-Amz-Date', date],
		['X-Amz-Expires', String(until - from)],
		['X-Amz-SignedHeaders', link.signedHeaders]
	];
	if (link.sessionToken) pairs.push(['X-Amz-Security-Token', link.sessionToken]);
	pairs.push(['X-Amz-Signature', toHex(link.windows[index].signature)]);
	return link.base + formatQuery(pairs);
}

/** The shared parts of a SigV4 presigned URL written by presignUrl. */
function sharedParts(url: string) {
	const at = url.search(/[?&]X-Amz-Algorithm=/);
	const q = new URLSearchParams(url.slice(at + 1));
	const scope = (q.get('X-Amz-Credential') ?? '').split('/');
	return {
		base: url.slice(0, at + 1),
		accessKeyId: scope.slice(0, -4).join('/'),
		region: scope[scope.length - 3],
		signedHeaders: q.get('X-Amz-SignedHeaders') ?? '',
		sessionToken: q.get('X-Amz-Security-Token') ?? undefined,
		signature: fromHex(q.get('X-Amz-Signature') ?? '')
	};
}

export interface RelayRequest extends Omit<PresignRequest, 'signer' | 'expiresIn' | 'method'> {
	method: 'GET' | 'PUT';
	/** Seconds from `now` (the first window's date) to the end of the last window. */
	totalSeconds: number;
}

/** Signs every window with presignUrl; throws InputError for a request no window could carry. */
export async function presignRelay(request: RelayRequest): Promise<RelayLink> {
	const total = request.totalSeconds;
	checkExpiry(total, 'relay');
	const start = signingSecond(request.now).getTime() / 1000;
	let link: RelayLink | undefined;
	for (const span of relayWindows(total)) {
		const signed = await presignUrl({
			...request,
			signer: 'v4',
			now: new Date((start + span.offset) * 1000),
			expiresIn: span.expiresIn
		});
		const parts = sharedParts(signed.url);
		link ??= {
			method: request.method,
			bucket: signed.bucket,
			key: signed.key,
			base: parts.base,
			accessKeyId: parts.accessKeyId,
			region: parts.region,
			signedHeaders: parts.signedHeaders,
			...(parts.sessionToken && { sessionToken: parts.sessionToken }),
			...(signed.requiredHeaders['content-type'] && {
				contentType: signed.requiredHeaders['content-type']
			}),
			start,
			end: start + total,
			windows: []
		};
		link.windows.push({ offset: span.offset, signature: parts.signature });
		// The rebuilt URL must be the signer's byte for byte, or the recipient gets a broken link.
		if (windowUrl(link, link.windows.length - 1) !== signed.url) {
			throw new SigningError('A relay window could not be rebuilt from its shared parts.');
		}
	}
	return link as RelayLink;
}

export type RelayMoment =
	| { kind: 'before'; opensAt: Date }
	| { kind: 'open'; index: number; url: string; until: Date }
	| { kind: 'expired'; endedAt: Date };

/** The window to use at `nowMs`: of those covering it, the one with the most time left. */
export function relayMoment(link: RelayLink, nowMs: number): RelayMoment {
	const now = nowMs / 1000;
	if (now < link.start) return { kind: 'before', opensAt: new Date(link.start * 1000) };
	let best = -1;
	for (let i = 0; i < link.windows.length; i++) {
		const { from, until } = windowSpan(link, i);
		if (from <= now && now < until && (best < 0 || until > windowSpan(link, best).until)) best = i;
	}
	if (best < 0) return { kind: 'expired', endedAt: new Date(link.end * 1000) };
	const until = new Date(windowSpan(link, best).until * 1000);
	return { kind: 'open', index: best, url: windowUrl(link, best), until };
}
