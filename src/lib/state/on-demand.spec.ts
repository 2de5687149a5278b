import { describe, expect, it, vi } from 'vitest';
import { OnDemand, loadWhenIdle, type IdleScheduler } from './on-demand.svelte';

describe('OnDemand', () => {
	it('loads once, on first need, however many ask at the same time', async () => {
		const load = vi.fn(async () => 'part');
		const part = new OnDemand(load);
		expect(load).not.toHaveBeenCalled();
		expect(part.current).toBeUndefined(); // reading starts the load
		const [a, b] = await Promise.all([part.load(), part.load()]);
		expect([a, b, part.current]).toEqual(['part', 'part', 'part']);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed load (the network was gone), instead of failing for good', async () => {
		const load = vi
			.fn<() => Promise<string>>()
			.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
			.mockResolvedValueOnce('part');
		const part = new OnDemand(load);
		await expect(part.load()).rejects.toThrow(TypeError);
		expect(part.failed).toBe(true);
		expect(part.current).toBeUndefined(); // no retry loop while the page renders
		expect(load).toHaveBeenCalledTimes(1);
		await expect(part.load()).resolves.toBe('part');
		expect(part.failed).toBe(false);
		expect(load).toHaveBeenCalledTimes(2);
	});
});

describe('loadWhenIdle', () => {
	it('waits for an idle moment, bounded by the timeout, then loads every part', async () => {
		let idle: (() => void) | undefined;
		const scheduler: IdleScheduler = {
			requestIdleCallback: vi.fn((run: () => void) => void (idle = run)),
			setTimeout: vi.fn()
		};
		const parts = [new OnDemand(async () => 1), new OnDemand(async () => 2)];
		const done = loadWhenIdle(parts, scheduler, 1500);
		expect(scheduler.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), {
			timeout: 1500
		});
		expect(parts.map((p) => p.current)).toEqual([undefined, undefined]);
		idle?.();
		await done;
		expect(parts.map((p) => p.current)).toEqual([1, 2]);
	});

	it('falls back to a timer without requestIdleCallback, and a failed part does not stop the rest', async () => {
		const scheduler: IdleScheduler = { setTimeout: vi.fn((run: () => void) => run()) };
		const failing = { load: () => Promise.reject(new TypeError('offline')) };
		const part = new OnDemand(async () => 'here');
		await loadWhenIdle([failing, part], scheduler);
		expect(scheduler.setTimeout).toHaveBeenCalled();
		expect(part.current).toBe('here');
	});
});
