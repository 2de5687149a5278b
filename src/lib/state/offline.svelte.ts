// Offline use of this tab: the service worker that keeps the app shell (src/service-worker.ts),
// a newer version waiting to take over, and whether the browser thinks it is online.
import { dev } from '$app/environment';

/** What `start()` needs from the browser; tests pass fakes. */
export interface OfflineEnvironment {
	/** Absent without support or outside a secure context (https, localhost, 127.0.0.1). */
	container: ServiceWorkerContainer | undefined;
	/** Relative to the page, so a build served from a sub-path registers its own worker. */
	scriptUrl: string;
	/** Receives `online` / `offline` events. */
	events: EventTarget;
	isOnline: () => boolean;
	reload: () => void;
}

function browserEnvironment(): OfflineEnvironment {
	const supported = window.isSecureContext && 'serviceWorker' in navigator && !dev;
	return {
		container: supported ? navigator.serviceWorker : undefined,
		scriptUrl: new URL('./service-worker.js', document.baseURI).href,
		events: window,
		isOnline: () => navigator.onLine,
		reload: () => location.reload()
	};
}

export class OfflineState {
	#ready = $state(false);
	#updateWaiting = $state(false);
	#online = $state(true);
	#registration: ServiceWorkerRegistration | undefined;
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

	get online(): boolean {
		return this.#online;
	}

	/** Registers the service worker and starts watching; returns a stop function. */
	start(env: OfflineEnvironment = browserEnvironment()): () => void {
		const setOnline = () => (this.#online = true);
		const setOffline = () => (this.#online = false);
		const onControllerChange = () => {
			if (this.#reloadOnChange) env.reload();
		};
		this.#online = env.isOnline();
		env.events.addEventListener('online', setOnline);
		env.events.addEventListener('offline', setOffline);
		env.container?.addEventListener('controllerchange', onControllerChange);
		if (env.container) {
			// Without a worker the app still runs online; offline use is simply never "ready".
			this.#register(env.container, env.scriptUrl).catch(() => {});
		}
		return () => {
			env.events.removeEventListener('online', setOnline);
			env.events.removeEventListener('offline', setOffline);
			env.container?.removeEventListener('controllerchange', onControllerChange);
		};
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
