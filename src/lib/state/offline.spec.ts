import { describe, expect, it, vi } from 'vitest';
import { OfflineState, RECHECK_MS, type OfflineEnvironment } from './offline.svelte';

/** Just enough of ServiceWorker / Registration / Container to drive the state logic. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	messages: unknown[] = [];
	/** The version this worker's build has; it says so when asked, as the real worker does. */
	constructor(readonly version = 'v2') {
		super();
	}
	postMessage(message: unknown, transfer: MessagePort[] = []) {
		if ((message as { type?: string }).type === 'VERSION?') transfer[0].postMessage(this.version);
		else this.messages.push(message);
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

function setup({ controlled = false, online = true, reachable = true } = {}) {
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
	const origin = { reachable, probes: 0 };
	const rechecks: { callback: () => void; ms: number; stopped: boolean }[] = [];
	const env: OfflineEnvironment = {
		container: container as unknown as ServiceWorkerContainer,
		scriptUrl: 'https://example.test/some-bucket/app/service-worker.js',
		events,
		isOnline: () => online,
		originAnswers: async () => {
			origin.probes++;
			return origin.reachable;
		},
		every: (callback, ms) => {
			const recheck = { callback, ms, stopped: false };
			rechecks.push(recheck);
			return () => (recheck.stopped = true);
		},
		reload: () => reloads.count++,
		version: 'v1',
		moduleUrl: 'https://example.test/some-bucket/app/_app/immutable/nodes/0.abc.js'
	};
	const state = new OfflineState();
	return { state, env, container, registration, resolveReady, reloads, events, origin, rechecks };
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
		await vi.waitFor(() => expect(t.state.updateWaiting).toBe(true));

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
		t.registration.waiting.state = 'installed';
		t.state.start(t.env);
		await vi.waitFor(() => expect(t.state.updateWaiting).toBe(true));
	});

	it('takes a waiting worker of the same version quietly: no "Reload to update", no reload', async () => {
		const t = setup({ controlled: true });
		const same = new FakeWorker('v1');
		same.state = 'installed';
		t.registration.waiting = same;
		t.state.start(t.env);
		await vi.waitFor(() => expect(same.messages).toEqual([{ type: 'SKIP_WAITING' }]));
		t.container.dispatchEvent(new Event('controllerchange'));
		expect(t.state.updateWaiting).toBe(false);
		expect(t.reloads.count).toBe(0);
	});

	it('tells the worker which build file it runs, and that it started', async () => {
		const t = setup({ controlled: true });
		t.state.start(t.env);
		const channel = new MessageChannel();
		const answer = new Promise((resolve) => (channel.port1.onmessage = (e) => resolve(e.data)));
		t.container.dispatchEvent(
			new MessageEvent('message', { data: { type: 'RUNNING?' }, ports: [channel.port2] })
		);
		await expect(answer).resolves.toBe(t.env.moduleUrl);
		channel.port1.close();
		t.resolveReady();
		const controller = t.container.controller as unknown as FakeWorker;
		await vi.waitFor(() => expect(controller.messages).toEqual([{ type: 'STARTED' }]));
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

	it('is offline when the browser reports a connection but its own origin does not answer', async () => {
		const t = setup({ online: true, reachable: false });
		const stop = t.state.start(t.env);
		await tick();
		expect(t.origin.probes).toBe(1);
		expect(t.state.online).toBe(false);
		// It keeps asking while unreachable, and clears the badge once the origin answers.
		expect(t.rechecks).toHaveLength(1);
		expect(t.rechecks[0].ms).toBe(RECHECK_MS);
		t.origin.reachable = true;
		t.rechecks[0].callback();
		await tick();
		expect(t.state.online).toBe(true);
		expect(t.rechecks[0].stopped).toBe(true);
		stop();
	});

	it('check() after a failed request probes again and reports what it found', async () => {
		const t = setup();
		t.state.start(t.env);
		await tick();
		expect(t.state.online).toBe(true);
		t.origin.reachable = false;
		await expect(t.state.check()).resolves.toBe(true);
		expect(t.state.online).toBe(false);
		t.origin.reachable = true;
		await expect(t.state.check()).resolves.toBe(false);
		expect(t.state.online).toBe(true);
	});

	it('with the browser offline it asks nobody, and asks again when the browser is back', async () => {
		const t = setup({ online: false });
		t.state.start(t.env);
		await tick();
		expect(t.origin.probes).toBe(0);
		await expect(t.state.check()).resolves.toBe(true);
		expect(t.origin.probes).toBe(0);
		t.events.dispatchEvent(new Event('online'));
		await tick();
		expect(t.origin.probes).toBe(1);
	});

	it('stops asking once stopped', async () => {
		const t = setup({ reachable: false });
		const stop = t.state.start(t.env);
		await tick();
		stop();
		expect(t.rechecks[0].stopped).toBe(true);
	});
});
