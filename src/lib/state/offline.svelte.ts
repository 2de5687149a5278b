// Offline use of this tab: the service worker that keeps the app shell (src/service-worker.ts),
// a newer version waiting to take over, and whether this tab is online.
//
// "Online" is not only `navigator.onLine`: a browser can report a connection while nothing is
// reachable (a dead Wi-Fi portal, a VPN that is down, the app's own host gone, or an emulated
// offline mode that some Chromium builds forget after a reload). So the tab also asks its own
// origin, over the network and past the service worker, whether it answers: at start, when the
// browser says it is back online, and whenever a request to S3 fails with a network error.
import { dev, version } from '$app/environment';
import { askForText } from '$lib/net/ask';
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
	/** This build's version: an update is offered only for another one. */
	version: string;
	/** A build file this tab runs: the worker keeps older caches while a tab still needs them. */
	moduleUrl: string;
}

/** How long a waiting worker has to say its version before it counts as a new one. */
const VERSION_REPLY_MS = 2000;

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
		reload: () => location.reload(),
		version,
		moduleUrl: import.meta.url
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
		// The worker asks what this tab runs before it deletes an older version's cache.
		const onWorkerMessage = (event: MessageEvent) => {
			if ((event.data as { type?: unknown } | null)?.type === 'RUNNING?') {
				event.ports[0]?.postMessage(env.moduleUrl);
			}
		};
		this.#browserOnline = env.isOnline();
		env.events.addEventListener('online', setOnline);
		env.events.addEventListener('offline', setOffline);
		env.container?.addEventListener('controllerchange', onControllerChange);
		env.container?.addEventListener('message', onWorkerMessage);
		if (env.container) {
			// Without a worker the app still runs online; offline use is simply never "ready".
			this.#register(env.container, env).catch(() => {});
		}
		void this.check();
		return () => {
			this.#env = undefined;
			this.#stopRecheck?.();
			this.#stopRecheck = undefined;
			env.events.removeEventListener('online', setOnline);
			env.events.removeEventListener('offline', setOffline);
			env.container?.removeEventListener('controllerchange', onControllerChange);
			env.container?.removeEventListener('message', onWorkerMessage);
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

	async #register(container: ServiceWorkerContainer, env: OfflineEnvironment): Promise<void> {
		const registration = await container.register(env.scriptUrl);
		this.#registration = registration;
		// "installed" with a controller in place means it waits behind the running version.
		const consider = async (worker: ServiceWorker | null) => {
			if (!worker || worker.state !== 'installed' || container.controller === null) return;
			// The version the waiting worker would run, or undefined when it does not say in time.
			const waitingVersion = await askForText(worker, { type: 'VERSION?' }, VERSION_REPLY_MS);
			if (waitingVersion !== undefined && waitingVersion === env.version) {
				// The same build again (the worker file changed, not the app): take it quietly.
				worker.postMessage({ type: 'SKIP_WAITING' });
			} else {
				this.#updateWaiting = true;
			}
		};
		void consider(registration.waiting);
		const watch = (worker: ServiceWorker | null) => {
			worker?.addEventListener('statechange', () => void consider(worker));
		};
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));
		await container.ready;
		this.#ready = true;
		// Now that this tab runs, caches of versions no tab runs any more can go.
		container.controller?.postMessage({ type: 'STARTED' });
	}
}

export const offline = new OfflineState();
