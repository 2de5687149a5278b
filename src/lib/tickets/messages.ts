// One sentence for what stopped creating or aborting a ticket. Only the app's typed errors are
// explained in detail; anything else is a fault of this page, and its raw text helps nobody.
import { describeError } from '$lib/errors/describe-error';
import type { Sentence } from '$lib/i18n/sentences';
import { InputError, NetworkError, S3Error, SigningError } from '$lib/s3';

/** The app's own typed errors, which describeError can explain. */
const explained = (e: unknown): boolean =>
	e instanceof S3Error ||
	e instanceof NetworkError ||
	e instanceof InputError ||
	e instanceof SigningError;

/** `lead` (e.g. "Could not create the ticket.") followed by what the person can do about it. */
export function ticketFailure(lead: string, e: unknown): string {
	if (!explained(e)) return `${lead} Something went wrong in this page; reload it and try again.`;
	const { title, detail } = describeError(e);
	return `${lead} ${title}. ${detail}`.replace(/\.\. /g, '. ');
}

/**
 * The same as sentences for the page to show in its language: `lead`, then either the fault of
 * this page or the error's title and what to do about it.
 */
export function ticketFailureSaid(lead: Sentence, e: unknown): Sentence[] {
	if (!explained(e))
		return [lead, { key: 'Something went wrong in this page; reload it and try again.' }];
	const { title, detail } = describeError(e);
	return [lead, { key: title }, { key: detail }];
}
