// Every link created in this tab, newest first. Kept in this tab's sessionStorage only (the URLs
// are bearer credentials until they expire); exported on request as CSV or JSON.
import { toHex } from '$lib/format/codec';
import { toCsv } from '$lib/links/csv';
import { linkStatus, sameObject, type LinkRecord } from '$lib/links/link-status';
import { loadFromTab, removeFromTab, saveToTab } from './tab-storage';

export type { LinkRecord };

const STORAGE_NAME = 'links';
/** Older links are dropped beyond this, so the history cannot fill the tab's storage. */
export const MAX_LINKS = 500;
const CSV_HEADER = [
	'signed_at',
	'expires_at',
	'method',
	'signer',
	'bucket',
	'key',
	'status',
	'url'
];

function newId(): string {
	return toHex(crypto.getRandomValues(new Uint8Array(8)));
}

export class LinkHistory {
	#items = $state.raw<LinkRecord[]>(loadFromTab(STORAGE_NAME, []));

	/** Newest first. */
	get items(): LinkRecord[] {
		return this.#items;
	}

	/** Records a new link and returns it with its id. */
	add(link: Omit<LinkRecord, 'id'>): LinkRecord {
		const record = { ...link, id: newId() };
		this.#set([record, ...this.#items].slice(0, MAX_LINKS));
		return record;
	}

	/** Notes that every link to `object` (same endpoint, bucket and key) no longer works. */
	markDisabled(object: Pick<LinkRecord, 'url' | 'bucket' | 'key'>, why: string): void {
		this.#set(this.#items.map((l) => (sameObject(l, object) ? { ...l, disabled: why } : l)));
	}

	/** The record with this id as it is now (e.g. after a revoke), or undefined. */
	find(id: string): LinkRecord | undefined {
		return this.#items.find((l) => l.id === id);
	}

	clear(): void {
		this.#items = [];
		removeFromTab(STORAGE_NAME);
	}

	/** The history as CSV, with the status at `now`. */
	toCsv(now: number): string {
		return toCsv(
			CSV_HEADER,
			this.#items.map((l) => [
				l.signedAt,
				l.expiresAt,
				l.method,
				l.relay ? 'v4-relay' : l.signer,
				l.bucket,
				l.key,
				linkStatus(l, now),
				l.url
			])
		);
	}

	toJson(): string {
		return JSON.stringify(this.#items, null, 2) + '\n';
	}

	// In memory first: a full sessionStorage must never lose or fail a link.
	#set(items: LinkRecord[]): void {
		this.#items = items;
		saveToTab(STORAGE_NAME, items);
	}
}

export const links = new LinkHistory();
