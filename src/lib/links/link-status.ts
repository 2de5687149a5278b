// A link of the history and when it stops working. Times are ISO strings (JSON-friendly).
import type { Message } from '$lib/i18n/catalogue';
import type { Addressing } from '$lib/s3';
import type { KeyExpirySource } from './key-expiry';

/** One created link as kept in this tab's history. */
export interface LinkRecord {
	id: string;
	url: string;
	method: string;
	signer: 'v4' | 'v2';
	bucket: string;
	key: string;
	/** ISO-8601 times (JSON-friendly for sessionStorage and export). */
	signedAt: string;
	expiresAt: string;
	/** When the signing keys expire (imported Expiration or a JWT `exp`), if known. */
	tokenExpiresAt?: string;
	/** Where `tokenExpiresAt` came from (absent: a JWT `exp`, as older records had). */
	tokenExpirySource?: KeyExpirySource;
	requiredHeaders: Record<string, string>;
	/**
	 * Where and as whom it was signed: the endpoint's origin, its addressing and the access key ID.
	 * Absent in records saved before links carried them.
	 */
	endpoint?: string;
	addressing?: Addressing;
	accessKeyId?: string;
	/**
	 * A relay link: `url` is this app's `#/go` page carrying `windows` SigV4 links to `origin`;
	 * `signedAt` is when the first opens, `expiresAt` when the last ends.
	 */
	relay?: { origin: string; windows: number };
	/** For an upload ticket: its multipart upload, manifest and size limit. */
	ticket?: { uploadId: string; manifestKey: string; maxBytes: number };
	/** Set once the object behind the link was renamed or deleted. */
	disabled?: string;
}

/** When the link stops working: its own expiry, or an earlier session-token expiry. */
export function linkEnd(link: LinkRecord): Date {
	const own = Date.parse(link.expiresAt);
	const token = link.tokenExpiresAt ? Date.parse(link.tokenExpiresAt) : Infinity;
	return new Date(Math.min(own, token));
}

function originOf(url: string): string | null {
	try {
		return new URL(url).origin;
	} catch {
		return null;
	}
}

type ObjectOfLink = Pick<LinkRecord, 'url' | 'bucket' | 'key' | 'relay'>;

/** The origin the link's requests go to (a relay link's own URL is this app's page). */
function targetOrigin(link: ObjectOfLink): string | null {
	return link.relay?.origin ?? originOf(link.url);
}

/** True when both links point at the same object: endpoint origin, bucket and key. */
export function sameObject(a: ObjectOfLink, b: ObjectOfLink): boolean {
	return a.bucket === b.bucket && a.key === b.key && targetOrigin(a) === targetOrigin(b);
}

/** `active`, `expired` or the reason it was disabled, in English as records and exports keep it. */
export function linkStatus(link: LinkRecord, now: number): string {
	if (link.disabled) return link.disabled;
	return linkEnd(link).getTime() <= now ? 'expired' : 'active';
}

/** The statuses a record can hold, word for word. */
const STATUS_WORDS = ['active', 'expired', 'object deleted', 'upload aborted'] as const;
const RENAMED = /^renamed to (.+)$/s;

/**
 * A status as a message, so the page can show it in its own language while the record keeps the
 * English. A reason this app does not write is shown as it was stored.
 */
export function statusMessage(status: string): Message {
	const word = STATUS_WORDS.find((w) => w === status);
	if (word) return { key: word };
	const renamed = RENAMED.exec(status);
	if (renamed) return { key: 'renamed to {key}', params: { key: renamed[1] } };
	return { key: status as Message['key'] };
}
