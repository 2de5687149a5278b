// A small pool of module workers that presign batches of keys in parallel, with progress and
// cancel. Batches are handed out as workers free up, so a slow worker never holds the rest.
import { InputError, SigningError } from '$lib/s3/errors';
import { expiryDate } from '$lib/s3/expiry';
import { signBatch, signFailure } from './sign-batch';
import type { BulkItem, BulkJob, BulkLink, HashBackend, SignFailure } from './types';

export interface SignRequest {
	id: number;
	job: BulkJob;
	keys: string[];
	hash: HashBackend;
}

export type SignResponse = { id: number; urls: string[] } | { id: number; error: SignFailure };

/** The part of `Worker` the pool uses; tests pass an in-process fake. */
export interface WorkerLike {
	postMessage(message: SignRequest): void;
	onmessage: ((event: MessageEvent<SignResponse>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	terminate(): void;
}

export interface PoolOptions {
	/** Number of workers (default: hardwareConcurrency, 1..4). */
	size?: number;
	spawn?: () => WorkerLike;
}

export interface SignOptions {
	/** 'webcrypto' measured faster in the workers in every bench run here (BENCHMARKS.md). */
	hash?: HashBackend;
	batchSize?: number;
	signal?: AbortSignal;
	onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_BATCH = 500;

/** Default pool size: the cores the browser reports, at least 1 and at most 4. */
export function defaultPoolSize(): number {
	const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
	return Math.max(1, Math.min(4, cores));
}

function spawnSignWorker(): WorkerLike {
	return new Worker(new URL('./sign.worker.ts', import.meta.url), {
		type: 'module'
	}) as unknown as WorkerLike;
}

/** Signs in the calling thread: where `Worker` does not exist (unit tests, old runtimes). */
export function inThreadWorker(): WorkerLike {
	const fake: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage({ id, job, keys, hash }) {
			signBatch(job, keys, hash).then(
				(urls) => fake.onmessage?.({ data: { id, urls } } as MessageEvent<SignResponse>),
				(e: unknown) =>
					fake.onmessage?.({ data: { id, error: signFailure(e) } } as MessageEvent<SignResponse>)
			);
		},
		terminate() {}
	};
	return fake;
}

function abortError(): DOMException {
	return new DOMException('Creating links was cancelled.', 'AbortError');
}

/** The error a worker reported, as the class the page shows; anything unforeseen says so plainly. */
function toError(e: SignFailure): Error {
	if (e.input) return new InputError(e.template ?? e.message, e.field, e.params);
	if (e.name === 'SigningError') return new SigningError(e.message);
	return new SigningError(undefined, `${e.name}: ${e.message}`);
}

export class SignPool {
	#workers: WorkerLike[] | null = null;
	#size: number;
	#spawn: () => WorkerLike;
	#nextId = 1;

	constructor(options: PoolOptions = {}) {
		this.#size = options.size ?? defaultPoolSize();
		const hasWorker = typeof Worker !== 'undefined';
		this.#spawn = options.spawn ?? (hasWorker ? spawnSignWorker : inThreadWorker);
	}

	get size(): number {
		return this.#size;
	}

	/** Starts the workers now (they load their module), so the first batch does not wait. */
	warm(): void {
		this.#workers ??= Array.from({ length: this.#size }, () => this.#spawn());
	}

	/** Links for every item, in input order; rejects with AbortError when `signal` aborts. */
	async sign(
		job: BulkJob,
		items: readonly BulkItem[],
		options: SignOptions = {}
	): Promise<BulkLink[]> {
		const { hash = 'webcrypto', batchSize = DEFAULT_BATCH, signal, onProgress } = options;
		signal?.throwIfAborted();
		this.warm();
		const workers = this.#workers as WorkerLike[];
		const expiresAt = expiryDate(job.now, job.expiresIn).toISOString();
		const links = new Array<BulkLink>(items.length);
		let next = 0;
		let done = 0;
		onProgress?.(0, items.length);

		return new Promise<BulkLink[]>((resolve, reject) => {
			let settled = false;
			let busy = 0;
			const finish = (error?: unknown) => {
				if (settled) return;
				settled = true;
				signal?.removeEventListener('abort', onAbort);
				for (const w of workers) {
					w.onmessage = null;
					w.onerror = null;
				}
				if (error) reject(error);
				else resolve(links);
			};
			const onAbort = () => finish(abortError());
			signal?.addEventListener('abort', onAbort, { once: true });

			const dispatch = (worker: WorkerLike) => {
				if (settled) return;
				if (next >= items.length) {
					if (busy === 0) finish();
					return;
				}
				const start = next;
				next = Math.min(items.length, next + batchSize);
				const id = this.#nextId++;
				busy++;
				worker.onmessage = ({ data }) => {
					if (settled || data.id !== id) return;
					busy--;
					if ('error' in data) return finish(toError(data.error));
					for (let i = 0; i < data.urls.length; i++) {
						const { key, size } = items[start + i];
						links[start + i] = { key, size, url: data.urls[i], expiresAt };
					}
					done += data.urls.length;
					onProgress?.(done, items.length);
					dispatch(worker);
				};
				worker.onerror = (event) => {
					event.preventDefault?.();
					finish(
						new SigningError(
							'The background signer stopped before it finished. Reload the page and try again.',
							event.message
						)
					);
				};
				worker.postMessage({ id, job, keys: items.slice(start, next).map((i) => i.key), hash });
			};
			if (items.length === 0) return finish();
			for (const w of workers) dispatch(w);
		});
	}

	/** Stops the workers; the next `sign` starts new ones. */
	close(): void {
		for (const w of this.#workers ?? []) w.terminate();
		this.#workers = null;
	}
}

/** One-shot helper: a pool for one call, closed afterwards. */
export async function createLinks(
	job: BulkJob,
	items: readonly BulkItem[],
	options: SignOptions & PoolOptions = {}
): Promise<BulkLink[]> {
	const pool = new SignPool(options);
	try {
		return await pool.sign(job, items, options);
	} finally {
		pool.close();
	}
}
