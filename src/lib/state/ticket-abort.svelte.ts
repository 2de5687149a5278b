// The sender's "Abort upload" for a ticket in the history: AbortMultipartUpload and the manifest
// deleted, so an abandoned ticket keeps no parts on the server. Signs only with the connection
// the ticket was made with (same endpoint, addressing and access key ID).
import type { SigningTarget } from '$lib/links/connection';
import { revokeRefusal } from '$lib/links/link-owner';
import { isAbortError } from '$lib/s3';
import type { LinkRecord } from '$lib/links/link-status';
import { ticketFailure, ticketFailureSaid } from '$lib/tickets/messages';
import { errorSentence, sentence, type Sentence } from '$lib/i18n/sentences';

/** What aborting uses of the rest of the app; the spec passes fakes. */
export interface TicketAbortContext {
	/** The current connection; throws while its settings are incomplete. */
	target(): SigningTarget;
	signingNow(): Date;
	markDisabled(link: LinkRecord, why: string): void;
	abort(
		target: SigningTarget & { now: () => Date },
		ticket: { bucket: string; key: string; uploadId: string; manifestKey: string },
		signal: AbortSignal
	): Promise<void>;
}

export const ABORTED = 'upload aborted';

/** The outcome of an abort: `text` in English, `said` to show in the page's language. */
export interface AbortOutcome {
	id: string;
	ok: boolean;
	text: string;
	said: Sentence[];
}

export class TicketAborts {
	#context: TicketAbortContext;
	#busy = $state<string | null>(null);
	#message = $state<AbortOutcome | null>(null);

	constructor(context: TicketAbortContext) {
		this.#context = context;
	}

	/** The id of the ticket being aborted, if any. */
	get busy() { return this.#busy; } // prettier-ignore
	/** The outcome of the last abort, for the ticket with that id. */
	get message() { return this.#message; } // prettier-ignore

	async abort(link: LinkRecord): Promise<void> {
		if (!link.ticket || this.#busy) return;
		let target: SigningTarget | null = null;
		try {
			target = this.#context.target();
		} catch {
			target = null;
		}
		const refusal = revokeRefusal(link, target);
		if (refusal || !target) {
			const text = (refusal ?? '').replace('Disabling this link', 'Aborting this upload');
			this.#message = { id: link.id, ok: false, text, said: [errorSentence({ message: text })] };
			return;
		}
		this.#busy = link.id;
		this.#message = null;
		try {
			const { uploadId, manifestKey } = link.ticket;
			const ticket = { bucket: link.bucket, key: link.key, uploadId, manifestKey };
			const now = () => this.#context.signingNow();
			await this.#context.abort({ ...target, now }, ticket, new AbortController().signal);
			this.#context.markDisabled(link, ABORTED);
			const done = sentence(
				'Upload aborted: the parts sent so far were removed and the ticket no longer works.'
			);
			this.#message = { id: link.id, ok: true, text: done.key, said: [done] };
		} catch (e) {
			if (isAbortError(e)) return;
			this.#message = {
				id: link.id,
				ok: false,
				text: ticketFailure('Could not abort the upload.', e),
				said: ticketFailureSaid(sentence('Could not abort the upload.'), e)
			};
		} finally {
			this.#busy = null;
		}
	}
}
