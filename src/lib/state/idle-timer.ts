// Idle detection with one timer, however many input events arrive: events only record a time,
// and the timer re-arms itself for whatever remains. A timer that fires late (sleeping laptop,
// throttled background tab) still counts the real time passed, and so does the first input
// after such a pause: it cannot "rescue" credentials that should already be gone.

/** The clock and timer an `IdleTimer` uses; tests pass a fake. */
export interface Timers {
	now: () => number;
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
}

export const systemTimers: Timers = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** Calls `onIdle` each time `timeoutMs` pass without `activity()`. */
export class IdleTimer {
	#timeoutMs: number;
	#onIdle: () => void;
	#timers: Timers;
	#last: number;
	#handle: unknown;

	constructor(timeoutMs: number, onIdle: () => void, timers: Timers = systemTimers) {
		if (!(timeoutMs > 0)) throw new TypeError('timeoutMs must be a positive number');
		this.#timeoutMs = timeoutMs;
		this.#onIdle = onIdle;
		this.#timers = timers;
		this.#last = timers.now();
		this.#schedule(timeoutMs);
	}

	/** The user did something: start counting again (unless the time had already run out). */
	activity(): void {
		if (this.#idleFor() >= this.#timeoutMs) this.#fire();
		else this.#last = this.#timers.now();
	}

	/** Fires if the time has run out, else re-arms for the rest (also used by the timer). */
	check(): void {
		const idle = this.#idleFor();
		if (idle >= this.#timeoutMs) this.#fire();
		else this.#schedule(this.#timeoutMs - idle);
	}

	stop(): void {
		this.#timers.clearTimeout(this.#handle);
		this.#handle = undefined;
	}

	#idleFor(): number {
		return this.#timers.now() - this.#last;
	}

	#fire(): void {
		this.#last = this.#timers.now();
		this.#schedule(this.#timeoutMs);
		this.#onIdle();
	}

	#schedule(ms: number): void {
		this.#timers.clearTimeout(this.#handle);
		this.#handle = this.#timers.setTimeout(() => this.check(), ms);
	}
}
