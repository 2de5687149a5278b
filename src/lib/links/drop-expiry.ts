// A drop link's POST policy is signed with the connection's keys, and the server refuses every
// file once temporary keys have expired, whatever expiration the policy names. So a drop is
// signed to end no later than its keys: the policy's expiration, the folder listing it carries,
// the countdown and the history entry all say the real end.
import { capByKeyExpiry, type CappedEnd, type KeyExpiry } from './key-expiry';

export interface DropLifetime {
	/** Seconds from the signing second to the drop's end: what the policy and listing are signed for. */
	expiresIn: number;
	/** The requested end, cut at the keys' expiry (`cappedBy` set when cut). */
	cap: CappedEnd;
}

/**
 * How long a drop asked to last `expiresIn` seconds from `now` may be signed for with `keys`.
 * Whole seconds, rounded down, since a policy's expiration has no finer unit; 0 or less when the
 * keys have already expired.
 */
export function dropLifetime(
	now: Date | number,
	expiresIn: number,
	keys: KeyExpiry | undefined
): DropLifetime {
	const start = Math.floor(new Date(now).getTime() / 1000) * 1000;
	const cap = capByKeyExpiry(new Date(start + expiresIn * 1000), keys);
	return { expiresIn: Math.floor((cap.end.getTime() - start) / 1000), cap };
}

/** True when a drop record's end is its keys' expiry (its policy was cut there, or outlasts them). */
export function endedByKeys(link: { expiresAt: string; tokenExpiresAt?: string }): boolean {
	return (
		link.tokenExpiresAt !== undefined &&
		Date.parse(link.tokenExpiresAt) <= Date.parse(link.expiresAt)
	);
}

/** "14:05" when `at` is the same day as `now`, else the date with the time, in `locale`. */
export function shortWhen(at: Date, now: number, locale?: string): string {
	const sameDay = new Date(now).toDateString() === at.toDateString();
	return new Intl.DateTimeFormat(
		locale,
		sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }
	).format(at);
}
