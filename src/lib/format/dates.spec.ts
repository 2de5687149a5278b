import { describe, expect, it } from 'vitest';
import { formatDateTime, isoTimestamp } from './dates';

const instant = new Date('2026-03-05T13:07:09Z');

describe('formatDateTime', () => {
	it('formats in the given locale and time zone', () => {
		expect(formatDateTime(instant, 'en-GB', 'UTC')).toBe('5 Mar 2026, 13:07');
		expect(formatDateTime(instant, 'en-US', 'Asia/Tokyo')).toBe('Mar 5, 2026, 10:07 PM');
		expect(formatDateTime(instant, 'ja-JP', 'Asia/Tokyo')).toBe('2026/03/05 22:07');
	});

	it('shows a dash for a missing or invalid date', () => {
		expect(formatDateTime(undefined)).toBe('—');
		expect(formatDateTime(new Date('nope'))).toBe('—');
	});
});

describe('isoTimestamp', () => {
	it('gives ISO 8601 in UTC, or empty', () => {
		expect(isoTimestamp(instant)).toBe('2026-03-05T13:07:09.000Z');
		expect(isoTimestamp(undefined)).toBe('');
	});
});
