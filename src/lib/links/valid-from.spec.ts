import { describe, expect, it } from 'vitest';
import { checkOpening, parseValidFrom } from './valid-from';

describe('parseValidFrom', () => {
	it('reads an empty field as now, and a datetime-local value as local time', () => {
		expect(parseValidFrom('  ')).toBeNull();
		const d = parseValidFrom('2026-11-30T06:15') as Date;
		expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
			2026, 10, 30, 6, 15
		]);
		expect(parseValidFrom('2026-11-30T06:15:30')?.getSeconds()).toBe(30);
	});

	it('refuses text that is not a local date and time, naming the field', () => {
		for (const text of ['tomorrow', '2026-11-30', '2026-13-01T00:00', '2026-11-30T06:15Z']) {
			expect(() => parseValidFrom(text), text).toThrow(/Valid from/);
		}
	});
});

describe('checkOpening', () => {
	const now = new Date('2026-05-01T10:00:00Z');
	it('accepts a past start whose link still has time left', () => {
		expect(() =>
			checkOpening(new Date('2026-05-01T09:00:00Z'), 7200, now, undefined)
		).not.toThrow();
	});
	it('refuses a link that would already have expired', () => {
		expect(() => checkOpening(new Date('2026-05-01T09:00:00Z'), 3600, now, undefined)).toThrow(
			/already have expired/
		);
	});
	it('refuses a start after the session token’s expiry', () => {
		const start = new Date('2026-05-02T10:00:00Z');
		expect(() => checkOpening(start, 3600, now, new Date('2026-05-02T09:00:00Z'))).toThrow(
			/before the link would open/
		);
	});
});
