// How long a request may wait for an answer. An endpoint that accepts the connection and never
// answers (packets dropped by a firewall, a VPN that is down) otherwise leaves fetch waiting for
// minutes; a deadline turns that into an error a person can act on.

/** The timer functions a deadline uses; tests pass fakes or use fake timers. */
export interface DeadlineTimers {
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
}

export const systemTimers: DeadlineTimers = {
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/**
 * Milliseconds allowed per kind of request: `request` for Connect and small calls (HEAD, Delete),
 * `page` for one listing page (up to 1,000 keys), `copy` for a server-side copy (up to 5 GiB,
 * which the server answers only once it has copied), `stall` for an upload without progress.
 */
export const DEADLINES = { request: 15_000, page: 30_000, copy: 600_000, stall: 60_000 } as const;

export type DeadlineKind = 'request' | 'page' | 'copy';

export interface Deadline {
	/** Aborts, with a DOMException named 'TimeoutError', when the time runs out. */
	readonly signal: AbortSignal;
	/** True once the time ran out. */
	readonly expired: boolean;
	/** Starts the count again (used when a transfer makes progress). */
	extend(): void;
	/** Stops the count (the request ended). */
	clear(): void;
}

/** Starts a countdown of `ms`; its signal aborts when the count reaches zero. */
export function startDeadline(ms: number, timers: DeadlineTimers = systemTimers): Deadline {
	const controller = new AbortController();
	let handle: unknown;
	const arm = () => {
		handle = timers.setTimeout(() => {
			handle = undefined;
			controller.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError'));
		}, ms);
	};
	const clear = () => {
		if (handle !== undefined) timers.clearTimeout(handle);
		handle = undefined;
	};
	arm();
	return {
		signal: controller.signal,
		get expired() {
			return controller.signal.aborted;
		},
		extend() {
			if (controller.signal.aborted) return;
			clear();
			arm();
		},
		clear
	};
}
