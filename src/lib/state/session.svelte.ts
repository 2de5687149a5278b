// The connection settings and credentials of this tab. They live in memory and in this tab's
// sessionStorage only; `forget()` wipes both at once.
import { NetworkError, S3Error, TimeoutError, isAbortError, type S3Client } from '$lib/s3';
import { createS3Client } from '$lib/s3/client-on-demand';
import {
	emptyConnection,
	signingTarget,
	type ConnectionSettings,
	type SigningTarget
} from '$lib/links/connection';
import { keysExpiry, type KeyExpiry } from '$lib/links/key-expiry';
import { clock } from './clock.svelte';
import { endpointAnswers } from '$lib/errors/diagnose';
import { cancelledConnect, describeError, type ErrorView } from '$lib/errors/describe-error';
import { offline } from './offline.svelte';
import { loadFromTab, removeFromTab, saveToTab } from './tab-storage';

export type { ConnectionSettings };

const STORAGE_NAME = 'connection';
const SAVED = [STORAGE_NAME, 'buckets', 'connected', 'listedBuckets'];

/** What the session uses of the rest of the app: the signing clock and the connectivity probe. */
export interface SessionContext {
	signingNow(): Date;
	/** Records the server's Date header (clock-skew check). */
	observeServerDate(serverDate: Date | undefined): void;
	/** True when this device is offline (probed after a network error). */
	isOffline(): Promise<boolean>;
}

const appContext: SessionContext = {
	signingNow: () => clock.signingNow(),
	observeServerDate: (serverDate) => clock.observeServerDate(serverDate),
	isOffline: () => offline.check()
};

export class Session {
	#settings = $state<ConnectionSettings>(loadFromTab(STORAGE_NAME, emptyConnection()));
	/** Buckets opened in this tab, newest first. */
	#buckets = $state.raw<string[]>(loadFromTab('buckets', []));
	#connected = $state(loadFromTab('connected', false));
	/** Bucket names from ListBuckets, or null when the server would not list them to a browser. */
	#listedBuckets = $state.raw<string[] | null>(loadFromTab('listedBuckets', null));
	#connecting = $state(false);
	#error = $state.raw<ErrorView | null>(null);
	/** A remark about the last Connect, e.g. which pasted fields were trimmed (memory only). */
	#note = $state('');
	#controller: AbortController | null = null;
	/** Counts connection changes (Connect, Forget): work begun for an older one must stop. */
	#generation = $state(0);
	#context: SessionContext;

	constructor(context: SessionContext = appContext) {
		this.#context = context;
	}

	/** The saved settings (a fresh object each time they change). */
	get settings(): ConnectionSettings {
		return this.#settings;
	}

	get buckets(): string[] {
		return this.#buckets;
	}

	/** True once Connect succeeded in this tab (kept across reloads of the tab). */
	get connected(): boolean {
		return this.#connected;
	}

	get listedBuckets(): string[] | null {
		return this.#listedBuckets;
	}

	/** Changes on every Connect and Forget. */
	get generation(): number {
		return this.#generation;
	}

	get connecting(): boolean {
		return this.#connecting;
	}

	get note(): string {
		return this.#note;
	}

	/** Why the last Connect failed, or null. */
	get error(): ErrorView | null {
		return this.#error;
	}

	/** Endpoint, region, addressing and credentials of the saved settings, as signing needs them. */
	target(): SigningTarget {
		return signingTarget(this.#settings, globalThis.location?.origin);
	}

	/**
	 * When the saved keys stop working, if known: every link signed with them ends then too
	 * (cap a link's end with `capByKeyExpiry(end, session.keyExpiry())`).
	 */
	keyExpiry(): KeyExpiry | undefined {
		return keysExpiry(this.#settings, this.#settings.keyExpiry);
	}

	/** A client for the saved settings, signing with the clock the user chose. */
	client(): S3Client {
		return createS3Client({ ...this.target(), now: () => this.#context.signingNow() });
	}

	/** Stores validated settings for this tab. */
	save(settings: ConnectionSettings): void {
		this.#settings = { ...settings };
		saveToTab(STORAGE_NAME, this.#settings);
	}

	setConnected(value: boolean): void {
		this.#connected = value;
		saveToTab('connected', value);
	}

	rememberBucket(bucket: string): void {
		this.#buckets = [bucket, ...this.#buckets.filter((b) => b !== bucket)].slice(0, 20);
		saveToTab('buckets', this.#buckets);
	}

	/**
	 * Saves the settings and tries ListBuckets. A refusal to the browser (no CORS on ListBuckets,
	 * as on AWS and Ceph, or no permission) still connects: the user then types a bucket name.
	 */
	async connect(settings: ConnectionSettings, note = ''): Promise<void> {
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		this.#generation++;
		this.#note = note;
		this.save(settings);
		this.setConnected(false);
		this.#setListed(null);
		this.#error = null;
		this.#connecting = true;
		const { endpoint } = this.target();
		try {
			const result = await this.client().listBuckets(controller.signal);
			this.#context.observeServerDate(result.serverDate);
			this.#setListed(result.buckets.map((b) => b.name));
			this.setConnected(true);
		} catch (e) {
			if (isAbortError(e) || controller.signal.aborted) return;
			if (e instanceof S3Error && e.code === 'AccessDenied') {
				this.setConnected(true); // may not list buckets, may still open one
			} else if (e instanceof NetworkError && (await this.#context.isOffline())) {
				if (controller.signal.aborted) return;
				this.#error = describeError(e, { offline: true });
			} else if (e instanceof TimeoutError) {
				// Online, and the endpoint kept silent: a probe of it would wait just as long.
				if (!controller.signal.aborted) this.#error = describeError(e);
			} else if (e instanceof NetworkError) {
				const reachable = await endpointAnswers(endpoint, controller.signal).catch(() => false);
				if (controller.signal.aborted) return;
				if (reachable) this.setConnected(true);
				else this.#error = describeError(e, { verdict: { kind: 'unreachable' } });
			} else {
				this.#error = describeError(e);
			}
		} finally {
			if (this.#controller === controller) {
				this.#connecting = false;
				this.#controller = null;
			}
		}
	}

	/** Stops a Connect that is still waiting; the settings stay, and a message says what happened. */
	cancel(): void {
		if (!this.#controller) return;
		this.#controller.abort();
		this.#controller = null;
		this.#connecting = false;
		this.#error = cancelledConnect(this.#settings.endpointUrl);
	}

	/** Wipes credentials and everything tied to them from memory and storage. */
	forget(): void {
		this.#controller?.abort();
		this.#controller = null;
		this.#generation++;
		this.#connecting = false;
		this.#error = null;
		this.#note = '';
		this.#settings = emptyConnection();
		this.#buckets = [];
		this.#connected = false;
		this.#listedBuckets = null;
		for (const name of SAVED) removeFromTab(name);
	}

	#setListed(names: string[] | null): void {
		this.#listedBuckets = names;
		if (names) saveToTab('listedBuckets', names);
		else removeFromTab('listedBuckets');
	}
}

export const session = new Session();
