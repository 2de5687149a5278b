// The object browser: which bucket and prefix, the pages loaded so far, filter and sort.
// One AbortController per listing: opening another prefix cancels the one in flight.
import {
	NetworkError,
	TimeoutError,
	isAbortError,
	type ListObjectsResult,
	type ObjectSummary,
	type S3Client
} from '$lib/s3';
import { filterKeys } from '$lib/format/filter';
import { clock } from './clock.svelte';
import { diagnoseBucket } from '$lib/errors/diagnose';
import { describeError, type ErrorView } from '$lib/errors/describe-error';
import type { SigningTarget } from '$lib/links/connection';
import { offline } from './offline.svelte';
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

/** What the browser uses of the rest of the app; the spec passes fakes. */
export interface BrowserContext {
	/** A client for the current connection, signing with the user's clock. */
	client(): S3Client;
	/** Where the current connection points (to diagnose a listing that got no answer). */
	target(): Pick<SigningTarget, 'endpoint' | 'addressing'>;
	/** Notes a bucket that listed, for the recent-buckets list. */
	rememberBucket(bucket: string): void;
	/** Records the server's Date header (clock-skew check). */
	observeServerDate(serverDate: Date | undefined): void;
	/** True when this device is offline (probed after a network error). */
	isOffline(): Promise<boolean>;
}

const appContext: BrowserContext = {
	client: () => session.client(),
	target: () => session.target(),
	rememberBucket: (bucket) => session.rememberBucket(bucket),
	observeServerDate: (serverDate) => clock.observeServerDate(serverDate),
	isOffline: () => offline.check()
};

export class Browser {
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
	/** One client per opened place: it remembers whether the server only speaks ListObjects V1. */
	#client: S3Client | null = null;

	#rows: Row[] = $derived.by(() => this.#computeRows());
	#context: BrowserContext;

	constructor(context: BrowserContext = appContext) {
		this.#context = context;
	}

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
		this.#client = this.#context.client();
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
		const controller = this.#begin();
		try {
			const page = await this.#clientFor().listObjectsV2(this.#params(), controller.signal);
			if (!controller.signal.aborted) this.#apply(page);
		} catch (e) {
			await this.#fail(e, controller);
		} finally {
			this.#end(controller);
		}
	}

	/** Loads page after page until the listing is complete, cancelled, or fails. */
	async loadAll(): Promise<void> {
		if (this.#loading || !this.#bucket) return;
		const controller = this.#begin();
		this.#loadingAll = true;
		try {
			// The client requests each next page while this one is parsed and shown.
			const pages = this.#clientFor().listObjectsV2Pages(this.#params(), controller.signal);
			for await (const page of pages) {
				if (controller.signal.aborted) return;
				this.#apply(page);
			}
		} catch (e) {
			await this.#fail(e, controller);
		} finally {
			this.#end(controller);
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
		this.#client = null;
		removeFromTab('browserPlace');
	}

	#clientFor(): S3Client {
		return (this.#client ??= this.#context.client());
	}

	#params() {
		const continuationToken = this.#next;
		return {
			bucket: this.#bucket,
			prefix: this.#prefix,
			delimiter: '/',
			continuationToken,
			maxKeys: PAGE_SIZE
		};
	}

	/** Starts a page load: a fresh controller, and no stale error from a failed page. */
	#begin(): AbortController {
		const controller = (this.#controller = new AbortController());
		this.#loading = true;
		this.#error = null;
		return controller;
	}

	#end(controller: AbortController): void {
		if (this.#controller !== controller) return;
		this.#loading = false;
		this.#loadingAll = false;
	}

	#apply(page: ListObjectsResult & { serverDate?: Date }): void {
		const prefix = this.#prefix;
		this.#context.observeServerDate(page.serverDate);
		// Console-made "folders" are zero-byte objects named like the prefix itself.
		this.#objects = this.#objects.concat(page.objects.filter((o) => o.key !== prefix));
		this.#folders = this.#folders.concat(page.commonPrefixes);
		this.#next = page.nextContinuationToken;
		this.#more = page.isTruncated && !!page.nextContinuationToken;
		this.#context.rememberBucket(this.#bucket);
	}

	/** Aborted work is ignored; anything else becomes a message, with a probe for network errors. */
	async #fail(e: unknown, controller: AbortController): Promise<void> {
		if (isAbortError(e) || controller.signal.aborted) return;
		const bucket = this.#bucket;
		const localMs = Date.now();
		// Offline, every probe fails too: say so instead of guessing at CORS or the URL.
		const offline = e instanceof NetworkError && (await this.#context.isOffline());
		if (controller.signal.aborted) return;
		const { endpoint, addressing } = this.#context.target();
		// A silent endpoint would keep a probe waiting too: the timeout says enough.
		const verdict =
			e instanceof NetworkError && !(e instanceof TimeoutError) && !offline
				? await diagnoseBucket(endpoint, bucket, addressing, controller.signal).catch(
						() => undefined
					)
				: undefined;
		if (controller.signal.aborted) return;
		this.#error = describeError(e, {
			bucket,
			endpoint: endpoint.origin,
			origin: location.origin,
			verdict,
			localMs,
			offline
		});
	}

	#computeRows(): Row[] {
		const query = this.#filter;
		const filtering = query.trim() !== '';
		const cut = this.#prefix.length;
		const folderKeys = this.#folders.map((key) => ({ key }));
		const folders: FolderRow[] = (filtering ? filterKeys(folderKeys, query, cut) : folderKeys).map(
			({ key }) => ({ folder: true, prefix: key, name: key.slice(cut) })
		);
		let objects = filtering ? filterKeys(this.#objects, query, cut) : this.#objects;
		const compare = COMPARE[this.#sort];
		if (compare) objects = objects.toSorted(compare);
		else if (this.#sort === 'name-desc') objects = objects.toReversed();
		if (this.#sort === 'name-desc') folders.reverse();
		return folders.length ? [...folders, ...objects] : objects;
	}
}

export const browser = new Browser();
