// Actions on one link that talk to the server: check it, or disable it by renaming or deleting
// its object (the only ways a presigned URL can be stopped before it expires).
import { checkLink, describeOutcome } from '$lib/links/check';
import { disableByDeleting, disableByRenaming } from '$lib/links/revoke';
import { createS3Client, isAbortError, S3Error } from '$lib/s3';
import { clock } from './clock.svelte';
import { links, type LinkRecord } from './links.svelte';
import { session } from './session.svelte';

export interface Outcome {
	ok: boolean;
	text: string;
}

function messageOf(e: unknown): string {
	if (e instanceof S3Error) {
		return `${e.message || 'The server refused.'} (HTTP ${e.status} ${e.code})`;
	}
	return e instanceof Error ? e.message : String(e);
}

/** Check and revoke for the link shown in a card; one instance per card. */
export class LinkTools {
	#link: () => LinkRecord;
	#checking = $state(false);
	#checkOutcome = $state<Outcome | null>(null);
	#revoking = $state(false);
	#revokeOutcome = $state<Outcome | null>(null);
	#controller = new AbortController();

	constructor(link: () => LinkRecord) {
		this.#link = link;
	}

	get checking() { return this.#checking; } // prettier-ignore
	get checkOutcome() { return this.#checkOutcome; } // prettier-ignore
	get revoking() { return this.#revoking; } // prettier-ignore
	get revokeOutcome() { return this.#revokeOutcome; } // prettier-ignore

	/** Fetches the first byte through the link and describes the answer. */
	async check(): Promise<void> {
		this.#checking = true;
		this.#checkOutcome = null;
		try {
			const outcome = await checkLink(this.#link().url, this.#controller.signal);
			this.#checkOutcome = { ok: outcome.kind === 'works', text: describeOutcome(outcome) };
		} catch (e) {
			if (!isAbortError(e)) this.#checkOutcome = { ok: false, text: messageOf(e) };
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
			links.markDisabled(link, `renamed to ${newKey}`);
			return (
				`Renamed to "${newKey}" and verified (size${result.sizeOnly ? '; the ETag of a multipart original cannot be compared' : ' and ETag'}). ` +
				'Every link to the old key now fails.'
			);
		});
	}

	/** Delete the object. */
	delete(): Promise<void> {
		return this.#revoke(async (client, link) => {
			await disableByDeleting(client, link, this.#controller.signal);
			links.markDisabled(link, 'object deleted');
			return `Deleted "${link.key}". Every link to it now fails.`;
		});
	}

	/** Stops whatever is running (the card went away). */
	dispose(): void {
		this.#controller.abort();
	}

	async #revoke(
		action: (client: ReturnType<typeof createS3Client>, link: LinkRecord) => Promise<string>
	): Promise<void> {
		this.#revoking = true;
		this.#revokeOutcome = null;
		try {
			const target = session.target();
			const client = createS3Client({ ...target, now: () => clock.signingNow() });
			this.#revokeOutcome = { ok: true, text: await action(client, this.#link()) };
		} catch (e) {
			if (!isAbortError(e)) this.#revokeOutcome = { ok: false, text: messageOf(e) };
		} finally {
			this.#revoking = false;
		}
	}
}
