// A hand-driven clock for unit tests of idle detection (never imported by the app).
import type { Timers } from '$lib/state/idle-timer';

/** A hand-driven clock: `advance(ms)` moves time and runs the timer if it is due. */
export function fakeTimers() {
	let now = 0;
	let pending: { at: number; callback: () => void; handle: number } | undefined;
	let nextHandle = 1;
	const timers: Timers = {
		now: () => now,
		setTimeout: (callback, ms) => {
			pending = { at: now + ms, callback, handle: nextHandle++ };
			return pending.handle;
		},
		clearTimeout: (handle) => {
			if (pending?.handle === handle) pending = undefined;
		}
	};
	return {
		timers,
		/** Moves the clock; the timer fires only if it is due (like a live, awake machine). */
		advance(ms: number) {
			const target = now + ms;
			while (pending && pending.at <= target) {
				const due = pending;
				pending = undefined;
				now = due.at;
				due.callback();
			}
			now = target;
		},
		/** Moves the clock without running timers (a sleeping laptop, a frozen tab). */
		sleep(ms: number) {
			now += ms;
		},
		get pendingCount() {
			return pending ? 1 : 0;
		}
	};
}
