import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
	it('keeps small sizes in whole bytes', () => {
		expect(formatBytes(0, 'en-US')).toBe('0 B');
		expect(formatBytes(1, 'en-US')).toBe('1 B');
		expect(formatBytes(1023, 'en-US')).toBe('1,023 B');
	});

	it('switches to binary units with at most one decimal', () => {
		expect(formatBytes(1024, 'en-US')).toBe('1 KiB');
		expect(formatBytes(1536, 'en-US')).toBe('1.5 KiB');
		expect(formatBytes(5 * 1024 ** 3, 'en-US')).toBe('5 GiB');
		expect(formatBytes(1.25 * 1024 ** 4, 'en-US')).toBe('1.3 TiB');
	});

	it('never prints 1,024 of a unit', () => {
		expect(formatBytes(1024 * 1024 - 1, 'en-US')).toBe('1 MiB');
	});

	it('uses the locale for separators', () => {
		expect(formatBytes(1536, 'de-DE')).toBe('1,5 KiB');
		expect(formatBytes(1_234_567_890_123, 'ja-JP')).toBe('1.1 TiB');
		expect(formatBytes(1023, 'ja-JP')).toBe('1,023 B');
	});

	it('shows a dash for impossible values', () => {
		expect(formatBytes(-1)).toBe('—');
		expect(formatBytes(Number.NaN)).toBe('—');
	});
});
