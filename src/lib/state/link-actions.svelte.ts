// Actions on one link that talk to the server: check it, or disable it by renaming or deleting
// its object (the only ways a presigned URL can be stopped before it expires). Disabling signs
// only with the connection the link was made with (same endpoint and access key ID).
import { checkLink, describeOutcome } from '$lib/links/check';
import type { SigningTarget } from '$lib/links/connection';
import { revokeRefusal } from '$lib/links/link-owner';
import { relayUrlAt } from '$lib/links/relay-link';
import { describeRename, disableByDeleting, disableByRenaming } from '$lib/links/revoke';
import {
	createS3Client,
	isAbortError,
	S3Error,
	type S3Client,
	type S3ClientOptions
} from '$lib/s3';
import { clock } from './clock.svelte';
import { errorText, language, say } from './language.svelte';
import { links, type LinkRecord } from './links.svelte';
import { session } from './session.svelte';

export interface Outcome {
	ok: boolean;
	text: string;
}

/** An outcome kept as how to word it, so it reads in whichever language is chosen when shown. */
interface Worded {
	ok: boolean;
	text: () => string;
}

const shown = (outcome: Worded | null): Outcome | null =>
	outcome && { ok: outcome.ok, text: outcome.text() };

/** What the tools use of the rest of the app; the spec passes fakes. */
export interface LinkActionsContext {
	/** The current connection; throws while its settings are incomplete. */
	target(): SigningTarget;
	/** Notes in the history that links to this object no longer work. */
	markDisabled(link: LinkRecord, why: string): void;
	client(options: S3ClientOptions): S3Client;
	signingNow(): Date;
}

const appContext: LinkActionsContext = {
	target: () => session.target(),
	markDisabled: (link, why) => links.markDisabled(link, why),
	client: createS3Client,
	signingNow: () => clock.signingNow()
};

function messageOf(e: unknown): string {
	if (e instanceof S3Error) {
		return say({
			key: '{message} (HTTP {status} {code})',
			params: {
				message: e.message || say({ key: 'The server refused.' }),
				status: e.status,
				code: e.code
			}
		});
	}
	return e instanceof Error ? errorText(e) : String(e);
}

/** Check and revoke for the link shown in a card; one instance per card. */
export class LinkActions {
	#link: () => LinkRecord;
	#context: LinkActionsContext;
	#checking = $state(false);
	#checkOutcome = $state.raw<Worded | null>(null);
	#revoking = $state(false);
	#revokeOutcome = $state.raw<Worded | null>(null);
	#controller = new AbortController();

	constructor(link: () => LinkRecord, context: LinkActionsContext = appContext) {
		this.#link = link;
		this.#context = context;
	}

	get checking() { return this.#checking; } // prettier-ignore
	get checkOutcome() { return shown(this.#checkOutcome); } // prettier-ignore
	get revoking() { return this.#revoking; } // prettier-ignore
	get revokeOutcome() { return shown(this.#revokeOutcome); } // prettier-ignore

	/** Why this connection may not disable the link (another endpoint or key), or null. */
	get refusal(): string | null {
		return revokeRefusal(this.#link(), this.#currentTarget(), say);
	}

	/** Fetches the first byte through the link and describes the answer. */
	async check(): Promise<void> {
		this.#checking = true;
		this.#checkOutcome = null;
		try {
			const link = this.#link();
			// A relay address is this app's page: check the plain link it stands for now.
			const url = link.relay
				? await relayUrlAt(link.url, this.#context.signingNow().getTime())
				: link.url;
			const outcome = await checkLink(url, this.#controller.signal);
			this.#checkOutcome = {
				ok: outcome.kind === 'works',
				text: () => describeOutcome(outcome, say, language.locale)
			};
		} catch (e) {
			if (!isAbortError(e)) this.#checkOutcome = { ok: false, text: () => messageOf(e) };
		} finally {
			this.#checking = false;
		}
	}

	/** Copy to `newKey`, verify, delete the original. */
	rename(newKey: string): Promise<void> {
		return this.#revoke(async (client, link) => {
			const result = await disableByRenaming(
				client,
				{ bucket: link.bucket, key: link.key, newKey },
				this.#controller.signal
			);
			this.#context.markDisabled(link, `renamed to ${newKey}`);
			return () => describeRename(result, say, language.sentenceGap);
		});
	}

	/** Delete the object. */
	delete(): Promise<void> {
		return this.#revoke(async (client, link) => {
			await disableByDeleting(client, link, this.#controller.signal);
			this.#context.markDisabled(link, 'object deleted');
			return () =>
				say({ key: 'Deleted "{key}". Every link to it now fails.', params: { key: link.key } });
		});
	}

	/** Stops whatever is running (the card went away). */
	dispose(): void {
		this.#controller.abort();
	}

	#currentTarget(): SigningTarget | null {
		try {
			return this.#context.target();
		} catch {
			return null;
		}
	}

	async #revoke(
		action: (client: S3Client, link: LinkRecord) => Promise<() => string>
	): Promise<void> {
		const link = this.#link();
		const target = this.#currentTarget();
		// Checked again here, not only by the buttons: the connection may have changed meanwhile.
		if (revokeRefusal(link, target) || !target) {
			this.#revokeOutcome = {
				ok: false,
				text: () => revokeRefusal(link, target, say) ?? say({ key: 'Connect first.' })
			};
			return;
		}
		this.#revoking = true;
		this.#revokeOutcome = null;
		try {
			const client = this.#context.client({ ...target, now: () => this.#context.signingNow() });
			this.#revokeOutcome = { ok: true, text: await action(client, link) };
		} catch (e) {
			if (!isAbortError(e)) this.#revokeOutcome = { ok: false, text: () => messageOf(e) };
		} finally {
			this.#revoking = false;
		}
	}
}
