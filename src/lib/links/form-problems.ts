// What the presign form says about its fields: the live checks of the typed expiry and start
// time, and which field a failed signing points at. Pure: the form's state keeps the results.
import { V2_HAS_NO_START, parseValidFrom } from '$lib/links/valid-from';
import {
	ExpiryTooLongError,
	InputError,
	SigningError,
	typedExpiryProblem,
	type LinkSigner
} from '$lib/s3';
import type { MessageParams } from '$lib/i18n/language';
import { ticketFailure } from '$lib/tickets/messages';

/** A sentence as thrown (see InputError): English, and the template and values it was filled from. */
export interface WrittenSentence {
	message: string;
	template?: string;
	params?: MessageParams;
}

export interface FormError extends WrittenSentence {
	/** Which field to point at: 'bucket', 'key', 'expiresIn', or 'connection'. */
	field: string;
	/** The expiry is over SigV4's cap: offer SigV2. */
	offerV2?: boolean;
	/** Sentences of their own that fill the template's placeholders of the same name. */
	parts?: Record<string, WrittenSentence>;
}

/** The sentence of an InputError (or any Error), with its template for translation. */
const sentenceOf = (e: Error & { template?: string; params?: MessageParams }): WrittenSentence => ({
	message: e.message,
	template: e.template,
	params: e.params
});

const FORM_FIELDS = new Set([
	'bucket',
	'key',
	'expiresIn',
	'headers',
	'query',
	'method',
	'validFrom',
	'largestGb'
]);

/** Checks the typed expiry; returns a message or null. */
export function expiryProblem(text: string, signer: LinkSigner): FormError | null {
	const problem = typedExpiryProblem(text, signer);
	if (!problem) return null;
	return {
		field: 'expiresIn',
		...sentenceOf(problem),
		offerV2: problem instanceof ExpiryTooLongError
	};
}

/** Checks the typed start time against the signer; returns a message or null. */
export function validFromProblem(text: string, signer: LinkSigner): FormError | null {
	try {
		if (parseValidFrom(text) && signer === 'v2') {
			return { field: 'validFrom', message: V2_HAS_NO_START };
		}
		return null;
	} catch (e) {
		return { field: 'validFrom', ...sentenceOf(e as Error) };
	}
}

/** What the form shows when creating a link (or, `forTicket`, a ticket) threw `e`. */
export function creationProblem(e: unknown, forTicket: boolean): FormError {
	if (forTicket && !(e instanceof InputError)) {
		return { field: 'connection', message: ticketFailure('Could not create the ticket.', e) };
	}
	if (!(e instanceof InputError)) {
		// Never the exception's own text ("TypeError: …"): a person cannot act on it.
		const failure = e instanceof SigningError ? e : new SigningError(undefined, e);
		return {
			field: 'connection',
			message: `Could not sign the link. ${failure.message}`,
			template: 'Could not sign the link. {reason}',
			parts: { reason: sentenceOf(failure) }
		};
	}
	const field = e.field && FORM_FIELDS.has(e.field) ? e.field : 'connection';
	const offerV2 = e instanceof ExpiryTooLongError;
	if (field !== 'connection') return { field, ...sentenceOf(e), offerV2 };
	return {
		field,
		message: `${e.message} (Connection settings, above.)`,
		template: '{message} (Connection settings, above.)',
		parts: { message: sentenceOf(e) },
		offerV2
	};
}
