// The connection settings and credentials of this tab. They live in memory and in this tab's
// sessionStorage only; `forget()` wipes both at once.
import { loadFromTab, removeFromTab, saveToTab } from './tab-storage';

export interface ConnectionSettings {
	endpointUrl: string;
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
	sessionToken: string;
	/** null = the default for this endpoint (path-style for custom hosts and IPs). */
	pathStyle: boolean | null;
}

const EMPTY: ConnectionSettings = {
	endpointUrl: '',
	region: 'us-east-1',
	accessKeyId: '',
	secretAccessKey: '',
	sessionToken: '',
	pathStyle: null
};

const STORAGE_NAME = 'connection';

class Session {
	#settings = $state<ConnectionSettings>(loadFromTab(STORAGE_NAME, { ...EMPTY }));
	/** Buckets opened in this tab, newest first. */
	#buckets = $state.raw<string[]>(loadFromTab('buckets', []));
	#connected = $state(loadFromTab('connected', false));

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

	/** Wipes credentials and everything tied to them from memory and storage. */
	forget(): void {
		this.#settings = { ...EMPTY };
		this.#buckets = [];
		this.#connected = false;
		removeFromTab(STORAGE_NAME);
		removeFromTab('buckets');
		removeFromTab('connected');
	}
}

export const session = new Session();
