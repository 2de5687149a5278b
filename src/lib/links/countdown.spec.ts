import { describe, expect, it } from 'vitest';
import { formatRemaining, secondsLeft } from './countdown';

describe('formatRemaining', () => {
	it('shows days, hours, minutes and seconds, dropping leading zero units', () => {
		expect(formatRemaining(604800)).toBe('7 d 00 h 00 min 00 s');
		expect(formatRemaining(90061)).toBe('1 d 01 h 01 min 01 s');
		expect(formatRemaining(3600)).toBe('1 h 00 min 00 s');
		expect(formatRemaining(245)).toBe('4 min 05 s');
		expect(formatRemaining(9)).toBe('9 s');
	});
	it('writes Japanese units in a Japanese locale', () => {
		expect(formatRemaining(90061, 'ja-JP')).toBe('1日01時間01分01秒');
		expect(formatRemaining(245, 'ja')).toBe('4分05秒');
		expect(formatRemaining(0, 'ja-JP')).toBe('0秒');
		expect(formatRemaining(245, 'en-GB')).toBe('4 min 05 s');
	});
	it('never goes below zero', () => {
		expect(formatRemaining(0)).toBe('0 s');
		expect(formatRemaining(-5)).toBe('0 s');
	});
});

describe('secondsLeft', () => {
	it('counts whole seconds and stops at 0', () => {
		const at = new Date('2025-01-01T00:00:10Z');
		expect(secondsLeft(at, Date.parse('2025-01-01T00:00:00.500Z'))).toBe(9);
		expect(secondsLeft(at, Date.parse('2025-01-01T00:00:11Z'))).toBe(0);
	});
});
