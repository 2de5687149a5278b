// One ticking clock for every countdown, plus the offset to the server's clock when the user
// chose to sign with server time (clock-skew check). Signing code takes `signingNow()`.
import { isValidDate } from '$lib/format/dates';
import { loadFromTab, removeFromTab, saveToTab } from './tab-storage';

/** Differences up to this are normal network delay and rounding of the 1-second Date header. */
export const SKEW_TOLERANCE_MS = 30_000;

class Clock {
	#now = $state(Date.now());
	#offsetMs = $state(loadFromTab<number>('clockOffsetMs', 0));
	/** Server time minus local time, as last measured from a `Date` header (null = unknown). */
	#measuredSkewMs = $state<number | null>(loadFromTab<number | null>('measuredSkewMs', null));
	#timer: ReturnType<typeof setInterval> | undefined;
	#listeners = 0;

	/** Milliseconds since the epoch, updated every second while something observes it. */
	get now(): number {
		return this.#now;
	}

	/** `now` on the signing clock (`now + offsetMs`): compare link expiries against this. */
	get serverNow(): number {
		return this.#now + this.#offsetMs;
	}

	/** Server time minus local time, applied to signatures (0 unless the user opted in). */
	get offsetMs(): number {
		return this.#offsetMs;
	}

	set offsetMs(value: number) {
		this.#offsetMs = value;
		saveToTab('clockOffsetMs', value);
	}

	/** Last measured server-minus-local difference, or null before any readable `Date`. */
	get measuredSkewMs(): number | null {
		return this.#measuredSkewMs;
	}

	/** True when the measured difference, after the chosen correction, is over the tolerance. */
	get skewed(): boolean {
		const skew = this.#measuredSkewMs;
		return skew !== null && Math.abs(skew - this.#offsetMs) > SKEW_TOLERANCE_MS;
	}

	/**
	 * Records a server `Date` header seen at local time `localMs` (default: now). The header has
	 * 1-second resolution and the answer took some time to arrive, hence the tolerance.
	 */
	observeServerDate(serverDate: Date | undefined, localMs = Date.now()): void {
		if (!isValidDate(serverDate)) return;
		const skew = serverDate.getTime() - localMs;
		this.#measuredSkewMs = skew;
		saveToTab('measuredSkewMs', skew);
	}

	/** Signs with the server's time from now on (the user's choice after a skew warning). */
	useServerTime(): void {
		if (this.#measuredSkewMs !== null) this.offsetMs = this.#measuredSkewMs;
	}

	/** Back to this device's clock, and forget what was measured (a new server may differ). */
	reset(): void {
		this.offsetMs = 0;
		this.#measuredSkewMs = null;
		removeFromTab('clockOffsetMs');
		removeFromTab('measuredSkewMs');
	}

	/** The time to sign with: local time corrected by the chosen server offset. */
	signingNow(): Date {
		return new Date(Date.now() + this.#offsetMs);
	}

	/** Starts the 1-second tick; returns a stop function (reference counted). */
	subscribe(): () => void {
		if (this.#listeners++ === 0) {
			this.#now = Date.now();
			this.#timer = setInterval(() => (this.#now = Date.now()), 1000);
		}
		return () => {
			if (--this.#listeners === 0) clearInterval(this.#timer);
		};
	}
}

export const clock = new Clock();
