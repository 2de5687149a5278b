// Bulk links for a selection or a whole prefix: list (if needed), sign in the worker pool,
// then offer the result as CSV, JSON or a shell script. The bulk module and its workers are
// loaded on first use, so none of this is in the first-load JavaScript.
import { untrack } from 'svelte';
import { isAbortError, type S3Client, type Signer } from '$lib/s3';
import type { BulkItem, BulkLink, SignPool } from '$lib/bulk';
import type { SigningTarget } from '$lib/links/connection';
import { browser } from './browser.svelte';
import { capIsoByKeyExpiry, keyNoticeMessage } from '$lib/links/key-expiry';
import type { Message } from '$lib/i18n/catalogue';
import { clock } from './clock.svelte';
import { describeError, type ErrorView } from '$lib/errors/describe-error';
import { session } from './session.svelte';

export type BulkPhase = 'idle' | 'listing' | 'signing' | 'done';
export type BulkFormat = 'csv' | 'json' | 'sh';

const loadBulk = () => import('$lib/bulk');

export interface BulkRunInput {
	bucket: string;
	prefix: string;
	/** An explicit selection; without it the whole prefix is listed recursively first. */
	keys?: BulkItem[];
	expiresIn: number;
	signer: Signer;
}

/** What bulk links use of the rest of the app; the spec passes fakes. */
export interface BulkLinksContext {
	/** The bucket and prefix the user has open. */
	openFolder(): { bucket: string; prefix: string };
	/** Changes whenever the connection does. */
	connection(): number;
	/** A client for the current connection (to list a whole prefix). */
	client(): S3Client;
	/** The current connection, as signing needs it. */
	target(): SigningTarget;
	signingNow(): Date;
}

const appContext: BulkLinksContext = {
	openFolder: () => browser,
	connection: () => session.generation,
	client: () => session.client(),
	target: () => session.target(),
	signingNow: () => clock.signingNow()
};

/** One bulk job at a time; a component owns one instance. */
export class BulkLinksState {
	#phase = $state<BulkPhase>('idle');
	#done = $state(0);
	#total = $state(0);
	#found = $state(0);
	#links = $state.raw<BulkLink[]>([]);
	#error = $state.raw<ErrorView | null>(null);
	#input: BulkRunInput | null = null;
	#controller: AbortController | null = null;
	#pool: SignPool | null = null;
	#unwatch: () => void;
	#context: BulkLinksContext;

	constructor(context: BulkLinksContext = appContext) {
		this.#context = context;
		const { openFolder, connection } = context;
		let seen = connection();
		this.#unwatch = $effect.root(() => {
			// Work and links made for another endpoint or other keys must not be shown or finished.
			$effect(() => {
				const generation = connection();
				untrack(() => {
					if (generation !== seen) this.#drop();
					seen = generation;
				});
			});
			// Listing a whole prefix the user has left is wasted requests: stop it.
			$effect(() => {
				const { bucket, prefix } = openFolder();
				untrack(() => {
					const input = this.#input;
					if (this.#phase !== 'listing' || !input || input.keys) return;
					if (input.bucket !== bucket || input.prefix !== prefix) this.cancel();
				});
			});
		});
	}

	get phase(): BulkPhase {
		return this.#phase;
	}
	/** Links signed so far, and how many there will be. */
	get done(): number {
		return this.#done;
	}
	get total(): number {
		return this.#total;
	}
	/** Objects found so far while listing. */
	get found(): number {
		return this.#found;
	}
	get links(): BulkLink[] {
		return this.#links;
	}
	get error(): ErrorView | null {
		return this.#error;
	}
	get busy(): boolean {
		return this.#phase === 'listing' || this.#phase === 'signing';
	}

	/** Lists (unless keys are given) and signs; a Cancel leaves the state idle, errors are shown. */
	async run(input: BulkRunInput): Promise<void> {
		this.cancel();
		const controller = new AbortController();
		this.#controller = controller;
		const { signal } = controller;
		this.#input = input;
		this.#error = null;
		this.#links = [];
		this.#done = this.#total = this.#found = 0;
		// Busy from the start, so a Cancel while the bulk module loads still ends in 'idle'.
		this.#phase = input.keys ? 'signing' : 'listing';
		try {
			const bulk = await loadBulk();
			if (signal.aborted) return; // cancelled while the module loaded
			let items = input.keys;
			if (!items) {
				items = await bulk.listAllObjects(this.#context.client(), input.bucket, input.prefix, {
					signal,
					onPage: (found) => (this.#found = found)
				});
			}
			// Folder markers (`dir/`) are not files: there is nothing to download behind them.
			items = items.filter((i) => !i.key.endsWith('/'));
			this.#phase = 'signing';
			this.#total = items.length;
			this.#pool ??= new bulk.SignPool();
			const links = await this.#pool.sign(
				{
					...this.#context.target(),
					signer: input.signer,
					bucket: input.bucket,
					expiresIn: input.expiresIn,
					now: this.#context.signingNow()
				},
				items,
				{ signal, onProgress: (done) => (this.#done = done) }
			);
			if (signal.aborted) return;
			// A link dies with the keys that signed it: its listed expiry says so.
			const keys = session.keyExpiry();
			this.#links = links.map((l) => ({ ...l, expiresAt: capIsoByKeyExpiry(l.expiresAt, keys) }));
			this.#phase = 'done';
		} catch (e) {
			if (isAbortError(e) || signal.aborted) return;
			this.#phase = 'idle';
			this.#error = describeError(e, { bucket: input.bucket });
		} finally {
			if (this.#controller === controller) this.#controller = null;
		}
	}

	/** Said before creating when the keys expire before links of `expiresIn` seconds would. */
	keyNotice(expiresIn: number, now: number, locale?: string): Message | null {
		return keyNoticeMessage(expiresIn, session.keyExpiry(), now, locale, true);
	}

	/** Stops listing or signing; what was made so far is dropped. */
	cancel(): void {
		this.#controller?.abort();
		this.#controller = null;
		if (this.busy) this.#phase = 'idle';
	}

	/** Cancels, and forgets the last result and error. */
	#drop(): void {
		this.cancel();
		this.#input = null;
		this.#links = [];
		this.#error = null;
		this.#done = this.#total = this.#found = 0;
		this.#phase = 'idle';
	}

	/** The result as a file: text, MIME type and a file name. */
	async file(format: BulkFormat): Promise<{ text: string; type: string; name: string }> {
		const bulk = await loadBulk();
		const input = this.#input as BulkRunInput;
		const meta = { bucket: input.bucket, prefix: input.prefix, signer: input.signer };
		const stem = `${input.bucket}-${input.prefix.replace(/\/$/, '').replace(/[^\w.-]+/g, '_') || 'all'}-links`;
		if (format === 'csv')
			return { text: bulk.linksToCsv(this.#links), type: 'text/csv', name: `${stem}.csv` };
		if (format === 'json')
			return {
				text: bulk.linksToJson(this.#links, meta),
				type: 'application/json',
				name: `${stem}.json`
			};
		return {
			text: bulk.linksToShell(this.#links, meta),
			type: 'text/x-shellscript',
			name: `${stem}.sh`
		};
	}

	/** Stops the workers (when the component goes away). */
	dispose(): void {
		this.#unwatch();
		this.cancel();
		this.#pool?.close();
		this.#pool = null;
	}
}
