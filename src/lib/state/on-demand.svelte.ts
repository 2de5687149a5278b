// Code the first screen does not draw (the S3 client, the link card, the bucket browser, QR…)
// comes in its own chunks. Each one loads on first need, and all of them once the first screen
// is idle, so by the time a person presses Connect or Create link it is normally already here.

/** A module loaded once, on first need; `current` is reactive and undefined until it is here. */
export class OnDemand<T> {
	#value = $state.raw<T | undefined>(undefined);
	#failed = $state(false);
	#loading: Promise<T> | undefined;
	readonly #load: () => Promise<T>;

	constructor(load: () => Promise<T>) {
		this.#load = load;
	}

	/** The loaded value; reading it starts the load, and it updates when the load is done. */
	get current(): T | undefined {
		if (this.#value === undefined && !this.#failed) void this.load().catch(() => {});
		return this.#value;
	}

	/** True after a load failed (offline, say), until a new load is under way. */
	get failed(): boolean {
		return this.#failed;
	}

	/** Resolves with the value; a failed load is tried again on the next call. */
	load(): Promise<T> {
		if (this.#loading) return this.#loading;
		// Written only when it changes: `current` calls this while the page renders.
		if (this.#failed) this.#failed = false;
		this.#loading = this.#load().then(
			(value) => (this.#value = value),
			(error: unknown) => {
				this.#loading = undefined;
				this.#failed = true;
				throw error;
			}
		);
		return this.#loading;
	}
}

/** How the page waits for a quiet moment: requestIdleCallback where there is one. */
export interface IdleScheduler {
	requestIdleCallback?: (run: () => void, options?: { timeout: number }) => unknown;
	setTimeout: (run: () => void, ms: number) => unknown;
}

/**
 * Loads `parts` once the page is idle (after `timeoutMs` at the latest), so they do not compete
 * with the first screen for the network or the CPU. Resolves when every load has settled.
 */
export function loadWhenIdle(
	parts: readonly { load(): Promise<unknown> }[],
	scheduler: IdleScheduler = globalThis,
	timeoutMs = 2000
): Promise<void> {
	return new Promise<void>((resolve) => {
		const run = async () => {
			await Promise.all(parts.map((part) => part.load().catch(() => {})));
			resolve();
		};
		if (scheduler.requestIdleCallback) {
			scheduler.requestIdleCallback(() => void run(), { timeout: timeoutMs });
		} else scheduler.setTimeout(() => void run(), 1);
	});
}
