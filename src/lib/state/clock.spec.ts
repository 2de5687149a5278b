import { describe, expect, it } from 'vitest';
import { clock } from './clock.svelte';

describe('clock', () => {
	it('compares expiries on the signing clock: serverNow is now plus the chosen offset', () => {
		clock.observeServerDate(new Date(Date.now() + 120_000));
		clock.useServerTime();
		expect(clock.serverNow - clock.now).toBe(clock.offsetMs);
		expect(Math.abs(clock.serverNow - clock.signingNow().getTime())).toBeLessThan(5_000);
		clock.reset();
		expect(clock.serverNow).toBe(clock.now);
	});
});
