// "Forget credentials when idle": after N minutes without pointer or keyboard input the
// credentials of this tab are wiped (`session.forget()`) and the user is told why.
// Off by default; the choice lives in this tab's sessionStorage like everything else.
import { t } from './language.svelte';
import { IdleTimer, systemTimers, type Timers } from './idle-timer';
import { forgetEverything } from './forget';
import { session } from './session.svelte';
import { loadFromTab, saveToTab } from './tab-storage';

/** Minutes the user can choose; 0 = never. */
export const IDLE_CHOICES: readonly number[] = [0, 5, 15, 60];

const STORAGE_NAME = 'idleForgetMinutes';

/** Input that counts as activity; captured on the window, passive, so it costs nothing. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'];

export interface IdleDependencies {
	hasCredentials: () => boolean;
	forget: () => void;
	timers: Timers;
}

const sessionDependencies: IdleDependencies = {
	hasCredentials: () =>
		session.connected ||
		session.settings.secretAccessKey !== '' ||
		session.settings.sessionToken !== '',
	forget: () => forgetEverything(),
	timers: systemTimers
};

function savedMinutes(): number {
	const saved = loadFromTab<unknown>(STORAGE_NAME, 0);
	return typeof saved === 'number' && IDLE_CHOICES.includes(saved) ? saved : 0;
}

export class IdleForget {
	#minutes = $state(savedMinutes());
	/** The idle minutes after which credentials were last forgotten; 0 once dismissed. */
	#forgottenAfter = $state(0);
	#deps: IdleDependencies;
	#timer: IdleTimer | undefined;
	#watching = false;

	constructor(deps: IdleDependencies = sessionDependencies) {
		this.#deps = deps;
	}

	/** Minutes of inactivity before credentials are forgotten; 0 = never. */
	get minutes(): number {
		return this.#minutes;
	}

	/** Why the credentials disappeared, until dismissed ('' when there is nothing to say). */
	get message(): string {
		const minutes = this.#forgottenAfter;
		if (minutes === 0) return '';
		return minutes === 1
			? t('Credentials forgotten after 1 minute without activity. Enter them again to continue.')
			: t(
					'Credentials forgotten after {minutes} minutes without activity. Enter them again to continue.',
					{ minutes }
				);
	}

	setMinutes(minutes: number): void {
		if (!IDLE_CHOICES.includes(minutes)) throw new TypeError(`Unsupported idle time: ${minutes}`);
		this.#minutes = minutes;
		saveToTab(STORAGE_NAME, minutes);
		if (this.#watching) this.#restart();
	}

	dismiss(): void {
		this.#forgottenAfter = 0;
	}

	/** Counts input on `target` (the window) as activity; returns a stop function. */
	watch(target: EventTarget): () => void {
		const onActivity = () => this.#timer?.activity();
		// Back from another tab or a sleeping machine: forget now if the time ran out meanwhile.
		const onVisible = () => this.#timer?.check();
		const options = { capture: true, passive: true };
		for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, options);
		target.addEventListener('visibilitychange', onVisible, options);
		this.#watching = true;
		this.#restart();
		return () => {
			for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, options);
			target.removeEventListener('visibilitychange', onVisible, options);
			this.#watching = false;
			this.#timer?.stop();
			this.#timer = undefined;
		};
	}

	#restart(): void {
		this.#timer?.stop();
		this.#timer = undefined;
		if (this.#minutes > 0) {
			this.#timer = new IdleTimer(this.#minutes * 60_000, () => this.#onIdle(), this.#deps.timers);
		}
	}

	#onIdle(): void {
		if (!this.#deps.hasCredentials()) return;
		this.#deps.forget();
		this.#forgottenAfter = this.#minutes;
	}
}

export const idleForget = new IdleForget();
