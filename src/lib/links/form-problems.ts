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
import { ticketFailure } from '$lib/tickets/messages';

export interface FormError {
	message: string;
	/** Which field to point at: 'bucket', 'key', 'expiresIn', or 'connection'. */
	field: string;
	/** The expiry is over SigV4's cap: offer SigV2. */
	offerV2?: boolean;
}

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
		message: problem.message,
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
		return { field: 'validFrom', message: (e as Error).message };
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
		return { field: 'connection', message: `Could not sign the link. ${failure.message}` };
	}
	const field = e.field && FORM_FIELDS.has(e.field) ? e.field : 'connection';
	const message = field === 'connection' ? `${e.message} (Connection settings, above.)` : e.message;
	return { field, message, offerV2: e instanceof ExpiryTooLongError };
}
