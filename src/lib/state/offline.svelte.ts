// Offline use of this tab: the service worker that keeps the app shell (src/service-worker.ts),
// a newer version waiting to take over, and whether this tab is online.
//
// "Online" is not only `navigator.onLine`: a browser can report a connection while nothing is
// reachable (a dead Wi-Fi portal, a VPN that is down, the app's own host gone, or an emulated
// offline mode that some Chromium builds forget after a reload). So the tab also asks its own
// origin, over the network and past the service worker, whether it answers: at start, when the
// browser says it is back online, and whenever a request to S3 fails with a network error.
import { dev } from '$app/environment';
import { originAnswers } from '$lib/net/reachable';

/** How often an unreachable origin is asked again, so the badge clears by itself. */
export const RECHECK_MS = 15_000;

/** What `start()` needs from the browser; tests pass fakes. */
export interface OfflineEnvironment {
	/** Absent without support or outside a secure context (https, localhost, 127.0.0.1). */
	container: ServiceWorkerContainer | undefined;
	/** Relative to the page, so a build served from a sub-path registers its own worker. */
	scriptUrl: string;
	/** Receives `online` / `offline` events. */
	events: EventTarget;
	isOnline: () => boolean;
	/** True when the app's own origin answers over the network (any HTTP status will do). */
	originAnswers: () => Promise<boolean>;
	/** Runs `callback` every `ms` until the returned function is called. */
	every: (callback: () => void, ms: number) => () => void;
	reload: () => void;
}

function browserEnvironment(): OfflineEnvironment {
	const supported = window.isSecureContext && 'serviceWorker' in navigator && !dev;
	return {
		container: supported ? navigator.serviceWorker : undefined,
		scriptUrl: new URL('./service-worker.js', document.baseURI).href,
		events: window,
		isOnline: () => navigator.onLine,
		originAnswers: () => originAnswers(document.baseURI),
		every: (callback, ms) => {
			const timer = setInterval(callback, ms);
			return () => clearInterval(timer);
		},
		reload: () => location.reload()
	};
}

export class OfflineState {
	#ready = $state(false);
	#updateWaiting = $state(false);
	#browserOnline = $state(true);
	#originReachable = $state(true);
	#registration: ServiceWorkerRegistration | undefined;
	#env: OfflineEnvironment | undefined;
	#stopRecheck: (() => void) | undefined;
	/** Set by `applyUpdate()`: only then does a controller change reload the page. */
	#reloadOnChange = false;

	/** The service worker is active: the app shell is cached and loads without a network. */
	get ready(): boolean {
		return this.#ready;
	}

	/** A newer version is installed and waits for `applyUpdate()`. */
	get updateWaiting(): boolean {
		return this.#updateWaiting;
	}

	/** The browser reports a connection and the app's own origin answers. */
	get online(): boolean {
		return this.#browserOnline && this.#originReachable;
	}

	/** Registers the service worker and starts watching; returns a stop function. */
	start(env: OfflineEnvironment = browserEnvironment()): () => void {
		this.#env = env;
		const setOnline = () => {
			this.#browserOnline = true;
			void this.check();
		};
		const setOffline = () => (this.#browserOnline = false);
		const onControllerChange = () => {
			if (this.#reloadOnChange) env.reload();
		};
		this.#browserOnline = env.isOnline();
		env.events.addEventListener('online', setOnline);
		env.events.addEventListener('offline', setOffline);
		env.container?.addEventListener('controllerchange', onControllerChange);
		if (env.container) {
			// Without a worker the app still runs online; offline use is simply never "ready".
			this.#register(env.container, env.scriptUrl).catch(() => {});
		}
		void this.check();
		return () => {
			this.#env = undefined;
			this.#stopRecheck?.();
			this.#stopRecheck = undefined;
			env.events.removeEventListener('online', setOnline);
			env.events.removeEventListener('offline', setOffline);
			env.container?.removeEventListener('controllerchange', onControllerChange);
		};
	}

	/**
	 * Finds out whether this tab is offline now: the browser says so, or the app's own origin
	 * does not answer. Call it when a request fails with a network error. Before `start()`,
	 * only the browser's own report counts.
	 */
	async check(): Promise<boolean> {
		const env = this.#env;
		if (!env) return globalThis.navigator?.onLine === false;
		if (!this.#browserOnline) return true;
		const reachable = await env.originAnswers();
		if (this.#env !== env) return !reachable;
		this.#originReachable = reachable;
		if (reachable) {
			this.#stopRecheck?.();
			this.#stopRecheck = undefined;
		} else {
			this.#stopRecheck ??= env.every(() => void this.check(), RECHECK_MS);
		}
		return !this.online;
	}

	/** Lets the waiting version take over; the page reloads once it controls the page. */
	applyUpdate(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) return;
		this.#reloadOnChange = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	async #register(container: ServiceWorkerContainer, scriptUrl: string): Promise<void> {
		const registration = await container.register(scriptUrl);
		this.#registration = registration;
		const isUpdate = () => container.controller !== null;
		if (registration.waiting && isUpdate()) this.#updateWaiting = true;
		const watch = (worker: ServiceWorker | null) => {
			worker?.addEventListener('statechange', () => {
				// "installed" with a controller in place means it waits behind the running version.
				if (worker.state === 'installed' && isUpdate()) this.#updateWaiting = true;
			});
		};
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));
		await container.ready;
		this.#ready = true;
	}
}

export const offline = new OfflineState();
