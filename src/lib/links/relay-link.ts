// A relay link as the history keeps it: signed windows packed into this app's `#/go` address.
import { formatDateTime } from '$lib/format/dates';
import {
	InputError,
	inspectPresignedUrl,
	presignRelay,
	relayMoment,
	windowSpan,
	windowUrl,
	type InspectedUrl,
	type RelayRequest
} from '$lib/s3';
import type { LinkRecord } from './link-status';
import { DAMAGED, packRelay, relayPageUrl, relayParam, unpackRelay } from './relay-pack';

type RelayRecord = Omit<LinkRecord, 'id' | 'endpoint' | 'addressing' | 'accessKeyId'>;

/**
 * Signs a relay link from `request.now` for `expiresIn` seconds, cut at `keyExpiry` (a link
 * cannot outlive the keys that signed it), and returns the record with its `#/go` address.
 */
export async function signRelayLink(
	request: Omit<RelayRequest, 'totalSeconds'>,
	expiresIn: number,
	keyExpiry: Date | undefined,
	appHref: string
): Promise<RelayRecord> {
	const start = Math.floor(request.now.getTime() / 1000);
	const keysLeft = keyExpiry ? Math.floor(keyExpiry.getTime() / 1000) - start : Infinity;
	const relay = await presignRelay({ ...request, totalSeconds: Math.min(expiresIn, keysLeft) });
	return {
		url: relayPageUrl(appHref, await packRelay(relay)),
		method: relay.method,
		signer: 'v4',
		bucket: relay.bucket,
		key: relay.key,
		signedAt: new Date(relay.start * 1000).toISOString(),
		expiresAt: new Date((relay.start + expiresIn) * 1000).toISOString(),
		tokenExpiresAt: keyExpiry?.toISOString(),
		requiredHeaders: relay.contentType ? { 'content-type': relay.contentType } : {},
		relay: { origin: new URL(relay.base).origin, windows: relay.windows.length }
	};
}

/** The plain presigned URL a relay address stands for at `nowMs`; InputError when none does. */
export async function relayUrlAt(pageUrl: string, nowMs: number): Promise<string> {
	const packed = relayParam(pageUrl);
	if (!packed) throw new InputError(DAMAGED);
	const moment = relayMoment(await unpackRelay(packed), nowMs);
	if (moment.kind === 'open') return moment.url;
	throw moment.kind === 'before'
		? new InputError('This relay link opens on {date}.', undefined, {
				date: formatDateTime(moment.opensAt)
			})
		: new InputError('This relay link expired on {date}.', undefined, {
				date: formatDateTime(moment.endedAt)
			});
}

/** One window of a relay link as inspect lists it. */
export interface InspectedWindow {
	from: Date;
	until: Date;
	url: string;
}

/**
 * Reads a relay address for inspect: what its windows grant (as one link, from the first
 * opening to the last end) and every window; null when the text is not a relay address.
 */
export async function inspectRelay(
	text: string,
	now: Date
): Promise<{ info: InspectedUrl; windows: InspectedWindow[] } | null> {
	const packed = relayParam(text.trim());
	if (!packed) return null;
	const link = await unpackRelay(packed);
	const windows = link.windows.map((_, i) => {
		const { from, until } = windowSpan(link, i);
		return { from: new Date(from * 1000), until: new Date(until * 1000), url: windowUrl(link, i) };
	});
	const first = inspectPresignedUrl(windows[0].url, now);
	const expiresAt = new Date(link.end * 1000);
	const remaining = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
	const info: InspectedUrl = {
		...first,
		expiresAt,
		expiresIn: link.end - link.start,
		remainingSeconds: remaining,
		expired: remaining === 0
	};
	return { info, windows };
}
