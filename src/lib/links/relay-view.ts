// What the `#/go` page shows for its fragment at a given moment. Anyone can craft a fragment, so
// the page sends nothing to a window URL that is not a web address on another origin than its own,
// and it shows the destination first.
import { InputError, relayMoment, type RelayLink } from '$lib/s3';
import { phoneUploadUrl } from './phone-link';

export interface RelayDestination {
	method: 'GET' | 'PUT';
	/** host[:port] the browser will talk to. */
	host: string;
	bucket: string;
	key: string;
	opensAt: Date;
	endsAt: Date;
	windows: number;
}

export type RelayView =
	| { kind: 'before'; destination: RelayDestination; opensAt: Date }
	| { kind: 'open'; destination: RelayDestination; url: string; until: Date }
	| { kind: 'expired'; destination: RelayDestination; endedAt: Date };

/** Destination of a relay link; throws InputError when its page must not use it. */
export function relayDestination(link: RelayLink, appOrigin: string): RelayDestination {
	const target = new URL(link.base);
	if (target.origin === appOrigin) {
		throw new InputError(
			'This relay link points at {host}, the server this page itself comes from, not at a storage server, so this page will not use it.',
			undefined,
			{ host: target.host }
		);
	}
	return {
		method: link.method,
		host: target.host,
		bucket: link.bucket,
		key: link.key,
		opensAt: new Date(link.start * 1000),
		endsAt: new Date(link.end * 1000),
		windows: link.windows.length
	};
}

/** The view at `nowMs` (local time): before the first window, inside one, or after the last. */
export function relayView(
	link: RelayLink,
	destination: RelayDestination,
	nowMs: number
): RelayView {
	const moment = relayMoment(link, nowMs);
	if (moment.kind === 'open') {
		return { kind: 'open', destination, url: moment.url, until: moment.until };
	}
	if (moment.kind === 'before') return { kind: 'before', destination, opensAt: moment.opensAt };
	return { kind: 'expired', destination, endedAt: moment.endedAt };
}

/** Where the page sends the browser for an open window: the download, or the upload view. */
export function relayNextStep(link: RelayLink, url: string, appHref: string): string {
	if (link.method === 'GET') return url;
	return phoneUploadUrl(appHref, { url, contentType: link.contentType, bucket: link.bucket });
}
