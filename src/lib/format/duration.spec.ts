import { describe, expect, it } from 'vitest';
import { formatClockOffset, formatDuration } from './duration';

describe('formatDuration', () => {
	it('names the two largest units', () => {
		expect(formatDuration(45_000)).toBe('45 s');
		expect(formatDuration(125_000)).toBe('2 min 5 s');
		expect(formatDuration(3_600_000 + 180_000 + 7000)).toBe('1 h 3 min');
		expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe('3 d 4 h');
	});

	it('skips a trailing gap instead of showing zeros', () => {
		expect(formatDuration(3_600_000 + 5000)).toBe('1 h');
		expect(formatDuration(7 * 86_400_000)).toBe('7 d');
	});

	it('rounds down to seconds and ignores the sign', () => {
		expect(formatDuration(999)).toBe('0 s');
		expect(formatDuration(-61_500)).toBe('1 min 1 s');
	});
});

describe('formatDuration in Japanese', () => {
	it('writes Japanese units without spaces', () => {
		expect(formatDuration(125_000, 'ja-JP')).toBe('2分5秒');
		expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000, 'ja-JP')).toBe('3日4時間');
		expect(formatDuration(999, 'ja-JP')).toBe('0秒');
	});
	it('keeps the English words for any English locale', () => {
		expect(formatDuration(125_000, 'en-GB')).toBe('2 min 5 s');
	});
});

describe('formatClockOffset', () => {
	it('says which side is ahead', () => {
		expect(formatClockOffset(125_000)).toBe('2 min 5 s ahead of this device');
		expect(formatClockOffset(-40_000)).toBe('40 s behind this device');
		expect(formatClockOffset(300)).toBe('in step');
		expect(formatClockOffset(125_000, 'ja-JP')).toBe('この端末より2分5秒進んでいます');
		expect(formatClockOffset(-40_000, 'ja-JP')).toBe('この端末より40秒遅れています');
	});
});
