// One ticking clock for every countdown, plus the offset to the server's clock when the user
// chose to sign with server time (clock-skew check). Signing code takes `signingNow()`.
import { loadFromTab, saveToTab } from './tab-storage';

class Clock {
	#now = $state(Date.now());
	#offsetMs = $state(loadFromTab<number>('clockOffsetMs', 0));
	#timer: ReturnType<typeof setInterval> | undefined;
	#listeners = 0;

	/** Milliseconds since the epoch, updated every second while something observes it. */
	get now(): number {
		return this.#now;
	}

	/** Server time minus local time, applied to signatures (0 unless the user opted in). */
	get offsetMs(): number {
		return this.#offsetMs;
	}

	set offsetMs(value: number) {
		this.#offsetMs = value;
		saveToTab('clockOffsetMs', value);
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
