import { describe, expect, it } from 'vitest';
import { IdleTimer } from './idle-timer';
import { fakeTimers } from '$lib/testing/fake-timers';

const MINUTE = 60_000;

describe('IdleTimer', () => {
	it('fires once the timeout passes without activity', () => {
		const clock = fakeTimers();
		let fired = 0;
		new IdleTimer(5 * MINUTE, () => fired++, clock.timers);
		clock.advance(5 * MINUTE - 1);
		expect(fired).toBe(0);
		clock.advance(1);
		expect(fired).toBe(1);
	});

	it('starts counting again on activity, with a single timer however many events', () => {
		const clock = fakeTimers();
		let fired = 0;
		const timer = new IdleTimer(5 * MINUTE, () => fired++, clock.timers);
		for (let i = 0; i < 8; i++) {
			clock.advance(MINUTE);
			timer.activity();
		}
		expect(fired).toBe(0);
		expect(clock.pendingCount).toBe(1);
		clock.advance(5 * MINUTE - 1);
		expect(fired).toBe(0);
		clock.advance(1);
		expect(fired).toBe(1);
	});

	it('keeps watching after firing', () => {
		const clock = fakeTimers();
		let fired = 0;
		new IdleTimer(MINUTE, () => fired++, clock.timers);
		clock.advance(3 * MINUTE);
		expect(fired).toBe(3);
	});

	it('fires on the first input after a sleep longer than the timeout', () => {
		const clock = fakeTimers();
		let fired = 0;
		const timer = new IdleTimer(5 * MINUTE, () => fired++, clock.timers);
		clock.sleep(60 * MINUTE);
		timer.activity();
		expect(fired).toBe(1);
	});

	it('fires on check() when the timer was delayed past the timeout', () => {
		const clock = fakeTimers();
		let fired = 0;
		const timer = new IdleTimer(5 * MINUTE, () => fired++, clock.timers);
		clock.sleep(2 * MINUTE);
		timer.check();
		expect(fired).toBe(0);
		clock.sleep(3 * MINUTE);
		timer.check();
		expect(fired).toBe(1);
	});

	it('never fires after stop()', () => {
		const clock = fakeTimers();
		let fired = 0;
		const timer = new IdleTimer(MINUTE, () => fired++, clock.timers);
		timer.stop();
		clock.advance(10 * MINUTE);
		expect(fired).toBe(0);
	});

	it('rejects a timeout that is not positive', () => {
		const clock = fakeTimers();
		expect(() => new IdleTimer(0, () => {}, clock.timers)).toThrow(TypeError);
		expect(() => new IdleTimer(Number.NaN, () => {}, clock.timers)).toThrow(TypeError);
	});
});
