import { describe, expect, it } from 'vitest';
import { OfflineState, type OfflineEnvironment } from './offline.svelte';

/** Just enough of ServiceWorker / Registration / Container to drive the state logic. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	setState(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	active: FakeWorker | null = null;
}

function setup({ controlled = false, online = true } = {}) {
	const registration = new FakeRegistration();
	let resolveReady: () => void = () => {};
	const container = Object.assign(new EventTarget(), {
		controller: controlled ? new FakeWorker() : null,
		registered: [] as string[],
		ready: new Promise<void>((resolve) => (resolveReady = resolve)),
		async register(url: string) {
			this.registered.push(url);
			return registration;
		}
	});
	const reloads = { count: 0 };
	const events = new EventTarget();
	const env: OfflineEnvironment = {
		container: container as unknown as ServiceWorkerContainer,
		scriptUrl: 'https://example.test/some-bucket/app/service-worker.js',
		events,
		isOnline: () => online,
		reload: () => reloads.count++
	};
	const state = new OfflineState();
	return { state, env, container, registration, resolveReady, reloads, events };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OfflineState', () => {
	it('registers the worker at the relative URL it is given and is ready once one is active', async () => {
		const t = setup();
		t.state.start(t.env);
		await tick();
		expect(t.container.registered).toEqual([
			'https://example.test/some-bucket/app/service-worker.js'
		]);
		expect(t.state.ready).toBe(false);
		t.resolveReady();
		await tick();
		expect(t.state.ready).toBe(true);
		expect(t.state.updateWaiting).toBe(false);
	});

	it('a first install is not an update', async () => {
		const t = setup({ controlled: false });
		t.state.start(t.env);
		await tick();
		const worker = new FakeWorker();
		t.registration.installing = worker;
		t.registration.dispatchEvent(new Event('updatefound'));
		worker.setState('installed');
		expect(t.state.updateWaiting).toBe(false);
	});

	it('a new version installed behind a running one waits; applyUpdate asks it to take over and reloads on controllerchange', async () => {
		const t = setup({ controlled: true });
		t.state.start(t.env);
		await tick();
		const worker = new FakeWorker();
		t.registration.installing = worker;
		t.registration.dispatchEvent(new Event('updatefound'));
		worker.setState('installed');
		t.registration.installing = null;
		t.registration.waiting = worker;
		expect(t.state.updateWaiting).toBe(true);

		t.container.dispatchEvent(new Event('controllerchange'));
		expect(t.reloads.count).toBe(0); // not asked yet: no surprise reloads

		t.state.applyUpdate();
		expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		t.container.dispatchEvent(new Event('controllerchange'));
		expect(t.reloads.count).toBe(1);
	});

	it('notices a version that was already waiting at start', async () => {
		const t = setup({ controlled: true });
		t.registration.waiting = new FakeWorker();
		t.state.start(t.env);
		await tick();
		expect(t.state.updateWaiting).toBe(true);
	});

	it('follows online and offline events', () => {
		const t = setup({ online: false });
		const stop = t.state.start(t.env);
		expect(t.state.online).toBe(false);
		t.events.dispatchEvent(new Event('online'));
		expect(t.state.online).toBe(true);
		t.events.dispatchEvent(new Event('offline'));
		expect(t.state.online).toBe(false);
		stop();
		t.events.dispatchEvent(new Event('online'));
		expect(t.state.online).toBe(false);
	});

	it('without service worker support it never claims offline readiness', async () => {
		const t = setup();
		t.state.start({ ...t.env, container: undefined });
		await tick();
		expect(t.state.ready).toBe(false);
		expect(t.container.registered).toEqual([]);
	});
});
