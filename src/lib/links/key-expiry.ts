// Temporary keys end every link signed with them: a presigned URL is refused once the keys that
// signed it have expired, whatever expiry it asks for. This is the one place that knows when the
// keys expire (an Expiration imported with them, else a JWT session token's `exp`) and caps a
// link's end by it; the presign form, link cards, bulk and other link kinds all ask here.
import { formatDateTime } from '$lib/format/dates';
import { formatDuration } from '$lib/format/duration';
import type { Message, MessageKey } from '$lib/i18n/catalogue';
import { fillPlaceholders } from '$lib/i18n/language';
import { jwtExpiry } from './jwt';

/** Where the expiry of the keys came from. */
export type KeyExpirySource = 'imported' | 'jwt';

export interface KeyExpiry {
	at: Date;
	source: KeyExpirySource;
}

/** An Expiration that came with imported keys, tied to the access key ID it belongs to. */
export interface ImportedExpiry {
	accessKeyId: string;
	expiresAt: string;
}

/**
 * When the keys stop working, if known: the imported Expiration while the access key ID is still
 * the imported one, else the `exp` of a JWT session token; undefined for long-lived keys.
 */
export function keysExpiry(
	credentials: { accessKeyId: string; sessionToken?: string },
	imported?: ImportedExpiry | null
): KeyExpiry | undefined {
	if (imported && imported.accessKeyId === credentials.accessKeyId.trim()) {
		const at = new Date(imported.expiresAt);
		if (!Number.isNaN(at.getTime())) return { at, source: 'imported' };
	}
	const exp = jwtExpiry(credentials.sessionToken);
	return exp ? { at: exp, source: 'jwt' } : undefined;
}

export interface CappedEnd {
	/** When the link really stops working. */
	end: Date;
	/** How much earlier than asked (0 when the keys outlive the link). */
	shortByMs: number;
	/** The keys' expiry, when it is what ends the link. */
	cappedBy?: KeyExpiry;
}

/** The end of a link asked to last until `requestedEnd`, signed with keys that expire `keys`. */
export function capByKeyExpiry(requestedEnd: Date, keys: KeyExpiry | undefined): CappedEnd {
	if (!keys || keys.at.getTime() >= requestedEnd.getTime()) {
		return { end: requestedEnd, shortByMs: 0 };
	}
	return { end: keys.at, shortByMs: requestedEnd.getTime() - keys.at.getTime(), cappedBy: keys };
}

/** "14:05" today, else the date with the time. */
function when(at: Date, now: number, locale?: string): string {
	const sameDay = new Date(now).toDateString() === at.toDateString();
	return sameDay
		? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at)
		: formatDateTime(at, locale);
}

/**
 * The sentence shown before signing, times in `locale`, about one link or, with `many`, the links
 * of a folder; null when the keys outlive the link.
 */
export function keyExpiryMessage(
	capped: CappedEnd,
	now: number,
	locale?: string,
	many = false
): Message | null {
	if (!capped.cappedBy) return null;
	const at = when(capped.end, now, locale);
	if (capped.end.getTime() <= now) {
		return {
			key: 'Your temporary keys expired at {at}: a link signed with them will not work. Import or enter fresh keys.',
			params: { at }
		};
	}
	return {
		key: many
			? 'These links will stop working at {at}, when your temporary keys expire — {earlier} earlier than asked.'
			: 'This link will stop working at {at}, when your temporary keys expire — {earlier} earlier than asked.',
		params: { at, earlier: formatDuration(capped.shortByMs, locale) }
	};
}

/** The sentence shown before signing, in English, or '' when the keys outlive the link. */
export function keyExpiryNotice(capped: CappedEnd, now: number): string {
	const message = keyExpiryMessage(capped, now);
	return message ? fillPlaceholders(message.key, message.params) : '';
}

/** The notice for a link of `seconds` signed at `now` with `keys` (null when nothing is cut). */
export function keyNoticeMessage(
	seconds: number,
	keys: KeyExpiry | undefined,
	now: number,
	locale?: string,
	many = false
): Message | null {
	if (!keys || !(seconds > 0)) return null;
	const capped = capByKeyExpiry(new Date(now + seconds * 1000), keys);
	return keyExpiryMessage(capped, now, locale, many);
}

/** An ISO expiry, capped by the keys' expiry. */
export function capIsoByKeyExpiry(expiresAt: string, keys: KeyExpiry | undefined): string {
	return keys ? capByKeyExpiry(new Date(expiresAt), keys).end.toISOString() : expiresAt;
}

/** Why a link's countdown ends before its own expiry. */
export function keyExpiryReason(source: KeyExpirySource | undefined): MessageKey {
	return source === 'imported'
		? 'The temporary keys used to sign it expire first (their imported Expiration), so the link stops working then, before its own expiry.'
		: 'The session token used to sign it expires first (its JWT "exp"), so the link stops working then, before its own expiry.';
}
