import { describe, expect, it } from 'vitest';
import { dropLifetime, endedByKeys, shortWhen } from './drop-expiry';

const NOW = new Date('2026-11-30T12:00:00.700Z');
const keys = { at: new Date('2026-11-30T14:05:00Z'), source: 'jwt' as const };

describe('dropLifetime', () => {
	it('signs a drop for the seconds left on the keys when they expire first', () => {
		expect(dropLifetime(NOW, 604800, keys)).toEqual({
			expiresIn: 7500,
			cap: { end: keys.at, shortByMs: 604800_000 - 7500_000, cappedBy: keys }
		});
	});

	it('keeps the asked seconds when the keys outlive the drop, or are long-lived', () => {
		expect(dropLifetime(NOW, 3600, keys).expiresIn).toBe(3600);
		expect(dropLifetime(NOW, 604800, undefined).expiresIn).toBe(604800);
	});

	it('rounds a keys end inside a second down, so the policy never outlasts them', () => {
		const at = new Date('2026-11-30T12:10:00.900Z');
		expect(dropLifetime(NOW, 3600, { ...keys, at }).expiresIn).toBe(600);
	});

	it('leaves nothing to sign once the keys have expired', () => {
		const at = new Date('2026-11-30T11:00:00Z');
		expect(dropLifetime(NOW, 3600, { ...keys, at }).expiresIn).toBeLessThanOrEqual(0);
	});
});

describe('endedByKeys', () => {
	it('is true when the record ends with its keys, not when the keys outlive it', () => {
		const expiresAt = '2026-11-30T14:05:00.000Z';
		expect(endedByKeys({ expiresAt, tokenExpiresAt: expiresAt })).toBe(true);
		expect(endedByKeys({ expiresAt, tokenExpiresAt: '2026-12-01T00:00:00.000Z' })).toBe(false);
		expect(endedByKeys({ expiresAt })).toBe(false);
	});
});

describe('shortWhen', () => {
	it('writes only the time on the same day, the date too otherwise, in the locale', () => {
		const now = new Date(2026, 10, 30, 9, 0).getTime();
		expect(shortWhen(new Date(2026, 10, 30, 14, 5), now, 'ja-JP')).toBe('14:05');
		expect(shortWhen(new Date(2026, 11, 2, 14, 5), now, 'ja-JP')).toBe('2026/12/02 14:05');
	});
});
