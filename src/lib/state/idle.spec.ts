import { describe, expect, it } from 'vitest';
import { fakeTimers } from '$lib/testing/fake-timers';
import { IDLE_CHOICES, IdleForget } from './idle.svelte';

const MINUTE = 60_000;

function setup(hasCredentials = true) {
	const clock = fakeTimers();
	const calls = { forget: 0 };
	const idle = new IdleForget({
		hasCredentials: () => hasCredentials,
		forget: () => calls.forget++,
		timers: clock.timers
	});
	const window = new EventTarget();
	return { clock, calls, idle, window };
}

describe('IdleForget', () => {
	it('is off by default: nothing is forgotten however long the tab idles', () => {
		const { clock, calls, idle, window } = setup();
		idle.watch(window);
		expect(idle.minutes).toBe(0);
		clock.advance(24 * 60 * MINUTE);
		expect(calls.forget).toBe(0);
		expect(idle.message).toBe('');
	});

	it('forgets after the chosen minutes without input and says why', () => {
		const { clock, calls, idle, window } = setup();
		idle.watch(window);
		idle.setMinutes(15);
		clock.advance(15 * MINUTE - 1);
		expect(calls.forget).toBe(0);
		clock.advance(1);
		expect(calls.forget).toBe(1);
		expect(idle.message).toMatch(/Credentials forgotten after 15 minutes without activity/);
		idle.dismiss();
		expect(idle.message).toBe('');
	});

	it('pointer and key input on the window reset the count', () => {
		const { clock, calls, idle, window } = setup();
		idle.watch(window);
		idle.setMinutes(5);
		for (const type of ['pointermove', 'keydown', 'pointerdown', 'wheel']) {
			clock.advance(4 * MINUTE);
			window.dispatchEvent(new Event(type));
		}
		expect(calls.forget).toBe(0);
		clock.advance(5 * MINUTE);
		expect(calls.forget).toBe(1);
	});

	it('returning to the tab after the time ran out forgets at once', () => {
		const { clock, calls, idle, window } = setup();
		idle.watch(window);
		idle.setMinutes(5);
		clock.sleep(30 * MINUTE);
		window.dispatchEvent(new Event('visibilitychange'));
		expect(calls.forget).toBe(1);
	});

	it('says nothing when there were no credentials to forget', () => {
		const { clock, calls, idle, window } = setup(false);
		idle.watch(window);
		idle.setMinutes(5);
		clock.advance(10 * MINUTE);
		expect(calls.forget).toBe(0);
		expect(idle.message).toBe('');
	});

	it('switching back to Never stops the timer; stop() removes the listeners', () => {
		const { clock, calls, idle, window } = setup();
		const stop = idle.watch(window);
		idle.setMinutes(5);
		idle.setMinutes(0);
		clock.advance(10 * MINUTE);
		expect(calls.forget).toBe(0);
		idle.setMinutes(5);
		stop();
		clock.advance(10 * MINUTE);
		expect(calls.forget).toBe(0);
	});

	it('offers off/5/15/60 and refuses anything else', () => {
		const { idle } = setup();
		expect(IDLE_CHOICES).toEqual([0, 5, 15, 60]);
		expect(() => idle.setMinutes(7)).toThrow(TypeError);
	});
});
