// How long a presigned link may last, and when it stops working: the one rule (and the one
// wording) for the presign form, the single-link signers and the batch signer.
import { InputError } from './errors';
import type { Signer } from './presign';

/** SigV4 caps presigned URLs at 7 days (AWS docs, sigv4-query-string-auth); SigV2 has no cap. */
export const MAX_V4_EXPIRES_SECONDS = 604800;

/** Longest relay link signed here: ten years is 609 windows, still quick to sign and to carry. */
export const MAX_RELAY_SECONDS = 3650 * 86400;

/** How a link is signed: one SigV4 or SigV2 URL, or a relay (a chain of SigV4 windows). */
export type LinkSigner = Signer | 'relay';

/** SigV2 has no cap, but its expiry is still a date: past year 9999 no server (nor Date) has one. */
const LAST_EXPIRY_MS = Date.UTC(9999, 11, 31, 23, 59, 59);

const FIELD = 'expiresIn';

/** Expiry over the SigV4 limit: the message names the limit and the way out. */
export class ExpiryTooLongError extends InputError {
	override name = 'ExpiryTooLongError';
	readonly requested: number;
	constructor(requested: number) {
		super(
			'SigV4 links can last at most 7 days ({seconds} seconds). ' +
				'Choose a shorter expiry, or use SigV2 (legacy) if your server accepts it.',
			FIELD,
			{ seconds: MAX_V4_EXPIRES_SECONDS }
		);
		this.requested = requested;
	}
}

const notWhole = () =>
	new InputError('Enter the expiry as a whole number of seconds, e.g. 3600.', FIELD);

/** X-Amz-Date and Expires have whole seconds: the signing time the server will see. */
export function signingSecond(now: Date): Date {
	return new Date(Math.floor(now.getTime() / 1000) * 1000);
}

/** When a link signed at `now` for `expiresIn` seconds stops working (whole seconds, as S3 counts). */
export function expiryDate(now: Date, expiresIn: number): Date {
	return new Date(signingSecond(now).getTime() + expiresIn * 1000);
}

/**
 * Throws InputError (ExpiryTooLongError past SigV4's cap) unless `expiresIn` is a whole number of
 * seconds, at least 1, that `signer` can sign; given the signing time, also unless the link would
 * expire by the end of the year 9999.
 */
export function checkExpiry(expiresIn: number, signer: LinkSigner, now?: Date): void {
	if (!Number.isInteger(expiresIn)) throw notWhole();
	if (expiresIn < 0) throw new InputError('The expiry cannot be negative.', FIELD);
	if (expiresIn === 0) throw new InputError('The expiry must be at least 1 second.', FIELD);
	if (signer === 'v4' && expiresIn > MAX_V4_EXPIRES_SECONDS) {
		throw new ExpiryTooLongError(expiresIn);
	}
	if (signer === 'relay' && expiresIn > MAX_RELAY_SECONDS) {
		throw new InputError(
			'Relay links can last at most 10 years ({seconds} seconds). Choose a shorter expiry.',
			FIELD,
			{ seconds: MAX_RELAY_SECONDS }
		);
	}
	// In milliseconds, not as a Date: one past year 275760 would be an Invalid Date.
	if (now && signingSecond(now).getTime() + expiresIn * 1000 > LAST_EXPIRY_MS) {
		throw new InputError(
			'The expiry is too far in the future: the link would outlive the year 9999. Choose fewer seconds.',
			FIELD
		);
	}
}

/** Seconds as a person typed them → the error to show beside the field, or null if it will sign. */
export function typedExpiryProblem(text: string, signer: LinkSigner): InputError | null {
	const value = text.trim();
	if (value === '') return new InputError('Enter how many seconds the link should work.', FIELD);
	// A typed minus sign reads as a negative number, not as a malformed one.
	const digits = value.replace(/^-(?=\d+$)/, '');
	if (!/^\d+$/.test(digits)) return notWhole();
	try {
		checkExpiry(Number(value), signer);
		return null;
	} catch (e) {
		if (e instanceof InputError) return e;
		throw e;
	}
}
