// "Valid from": the local date and time a link opens, as a datetime-local field gives it.
import { formatDateTime } from '$lib/format/dates';
import { InputError } from '$lib/s3';

const FIELD = 'validFrom';
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** SigV2 signs only an end time: a link of it works from the moment it is made. */
export const V2_HAS_NO_START =
	'SigV2 links have no start time: they work from the moment they are made. Clear “Valid from”, or choose SigV4.';

/** The typed local time, or null when empty (= now); throws InputError for anything else. */
export function parseValidFrom(text: string): Date | null {
	const value = text.trim();
	if (value === '') return null;
	// Without a zone designator, ECMAScript reads a date-time as local time.
	const date = LOCAL.test(value) ? new Date(value) : new Date(NaN);
	if (Number.isNaN(date.getTime())) {
		throw new InputError(
			'Enter “Valid from” as a date and time, or leave it empty for now.',
			FIELD
		);
	}
	return date;
}

/** Throws InputError when a link from `start` for `seconds` could never be used. */
export function checkOpening(
	start: Date,
	seconds: number,
	now: Date,
	keyExpiry: Date | undefined
): void {
	if (start.getTime() + seconds * 1000 <= now.getTime()) {
		throw new InputError(
			'A link valid from {start} for {seconds} seconds would already have expired. Choose a later start or a longer expiry.',
			FIELD,
			{ start: formatDateTime(start), seconds }
		);
	}
	if (keyExpiry && keyExpiry.getTime() <= start.getTime()) {
		throw new InputError(
			'The session token used to sign expires on {date}, before the link would open: it would never work.',
			FIELD,
			{ date: formatDateTime(keyExpiry) }
		);
	}
}
