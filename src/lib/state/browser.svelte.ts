// The object browser: which bucket and prefix, the pages loaded so far, filter and sort.
// One AbortController per listing: opening another prefix cancels the one in flight.
import { NetworkError, isAbortError, type ObjectSummary } from '$lib/s3';
import { clock } from './clock.svelte';
import { diagnoseBucket } from './diagnose';
import { describeError, isOffline, type ErrorView } from './errors';
import { session } from './session.svelte';
import { loadFromTab, removeFromTab, saveToTab } from './tab-storage';

export const PAGE_SIZE = 1000;

export type SortOrder =
	'name-asc' | 'name-desc' | 'size-desc' | 'size-asc' | 'date-desc' | 'date-asc';

export interface FolderRow {
	folder: true;
	prefix: string;
	/** The prefix relative to the current one, e.g. "reports/". */
	name: string;
}

/** Objects are the listing's own summaries (no copy per row: 100,000 of them must stay cheap). */
export type Row = FolderRow | ObjectSummary;

export function isFolder(row: Row): row is FolderRow {
	return 'folder' in row;
}

const time = (o: ObjectSummary) => o.lastModified?.getTime() ?? 0;
const COMPARE: Record<SortOrder, ((a: ObjectSummary, b: ObjectSummary) => number) | null> = {
	'name-asc': null, // the server's order already (UTF-8 binary, as S3 lists)
	'name-desc': null,
	'size-desc': (a, b) => b.size - a.size,
	'size-asc': (a, b) => a.size - b.size,
	'date-desc': (a, b) => time(b) - time(a),
	'date-asc': (a, b) => time(a) - time(b)
};

interface Place {
	bucket: string;
	prefix: string;
}

class Browser {
	#bucket = $state('');
	#prefix = $state('');
	#objects = $state.raw<ObjectSummary[]>([]);
	#folders = $state.raw<string[]>([]);
	#next: string | undefined;
	#more = $state(false);
	#loading = $state(false);
	#loadingAll = $state(false);
	#error = $state.raw<ErrorView | null>(null);
	#filter = $state('');
	#sort = $state<SortOrder>('name-asc');
	#controller: AbortController | null = null;

	#rows: Row[] = $derived.by(() => this.#computeRows());

	get bucket(): string {
		return this.#bucket;
	}
	get prefix(): string {
		return this.#prefix;
	}
	get objectCount(): number {
		return this.#objects.length;
	}
	get folderCount(): number {
		return this.#folders.length;
	}
	/** More pages exist on the server. */
	get more(): boolean {
		return this.#more;
	}
	get loading(): boolean {
		return this.#loading;
	}
	get loadingAll(): boolean {
		return this.#loadingAll;
	}
	get error(): ErrorView | null {
		return this.#error;
	}
	/** Folders first, then objects; filtered and sorted. */
	get rows(): Row[] {
		return this.#rows;
	}
	get filter(): string {
		return this.#filter;
	}
	set filter(value: string) {
		this.#filter = value;
	}
	get sort(): SortOrder {
		return this.#sort;
	}
	set sort(value: SortOrder) {
		this.#sort = value;
	}

	/** Opens a bucket at a prefix and loads the first page; cancels any listing in flight. */
	open(bucket: string, prefix = ''): Promise<void> {
		this.stop();
		this.#bucket = bucket;
		this.#prefix = prefix;
		this.#objects = [];
		this.#folders = [];
		this.#next = undefined;
		this.#more = false;
		this.#error = null;
		this.#filter = '';
		saveToTab('browserPlace', { bucket, prefix } satisfies Place);
		return this.loadMore();
	}

	/** Reopens the place this tab showed before a reload. */
	restore(): void {
		const place = loadFromTab<Place | null>('browserPlace', null);
		if (place?.bucket && !this.#bucket) void this.open(place.bucket, place.prefix);
	}

	/** Loads the next page (PAGE_SIZE keys). */
	async loadMore(): Promise<void> {
		if (this.#loading || !this.#bucket) return;
		const controller = (this.#controller = new AbortController());
		this.#loading = true;
		try {
			await this.#fetchPage(controller);
		} finally {
			if (this.#controller === controller) this.#loading = false;
		}
	}

	/** Loads page after page until the listing is complete, cancelled, or fails. */
	async loadAll(): Promise<void> {
		if (this.#loading) return;
		this.#loadingAll = true;
		try {
			do await this.loadMore();
			while (this.#loadingAll && this.#more && !this.#error);
		} finally {
			this.#loadingAll = false;
		}
	}

	/** Stops the listing in flight (pages already loaded stay). */
	stop(): void {
		this.#controller?.abort();
		this.#controller = null;
		this.#loading = false;
		this.#loadingAll = false;
	}

	/** Leaves the bucket, cancelling any listing, and forgets where this tab was. */
	close(): void {
		this.stop();
		this.#bucket = '';
		this.#prefix = '';
		this.#objects = [];
		this.#folders = [];
		this.#error = null;
		removeFromTab('browserPlace');
	}

	async #fetchPage(controller: AbortController): Promise<void> {
		const bucket = this.#bucket;
		const prefix = this.#prefix;
		try {
			const page = await session
				.client()
				.listObjectsV2(
					{ bucket, prefix, delimiter: '/', continuationToken: this.#next, maxKeys: PAGE_SIZE },
					controller.signal
				);
			if (controller.signal.aborted) return;
			clock.observeServerDate(page.serverDate);
			// Console-made "folders" are zero-byte objects named like the prefix itself.
			this.#objects = this.#objects.concat(page.objects.filter((o) => o.key !== prefix));
			this.#folders = this.#folders.concat(page.commonPrefixes);
			this.#next = page.nextContinuationToken;
			this.#more = page.isTruncated && !!page.nextContinuationToken;
			session.rememberBucket(bucket);
		} catch (e) {
			if (isAbortError(e) || controller.signal.aborted) return;
			const localMs = Date.now();
			// Offline, every probe fails too: say so instead of guessing at CORS or the URL.
			const offline = isOffline();
			const verdict =
				e instanceof NetworkError && !offline
					? await diagnoseBucket(
							session.endpoint(),
							bucket,
							session.addressing(),
							controller.signal
						).catch(() => undefined)
					: undefined;
			if (controller.signal.aborted) return;
			this.#error = describeError(e, {
				bucket,
				endpoint: session.endpoint().origin,
				origin: location.origin,
				verdict,
				localMs,
				offline
			});
		}
	}

	#computeRows(): Row[] {
		const needle = this.#filter.trim().toLowerCase();
		const cut = this.#prefix.length;
		const folders: FolderRow[] = [];
		for (const p of this.#folders) {
			const name = p.slice(cut);
			if (!needle || name.toLowerCase().includes(needle))
				folders.push({ folder: true, prefix: p, name });
		}
		let objects = needle
			? this.#objects.filter((o) => o.key.slice(cut).toLowerCase().includes(needle))
			: this.#objects;
		const compare = COMPARE[this.#sort];
		if (compare) objects = objects.toSorted(compare);
		else if (this.#sort === 'name-desc') objects = objects.toReversed();
		if (this.#sort === 'name-desc') folders.reverse();
		return folders.length ? [...folders, ...objects] : objects;
	}
}

export const browser = new Browser();
