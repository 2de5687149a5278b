import { describe, expect, it } from 'vitest';
import { InputError } from './errors';
import {
	ExpiryTooLongError,
	MAX_V4_EXPIRES_SECONDS,
	checkExpiry,
	expiryDate,
	typedExpiryProblem
} from './expiry';

const messageOf = (f: () => void) => {
	try {
		f();
	} catch (e) {
		return (e as Error).message;
	}
	return null;
};

describe('expiry', () => {
	it('gives a typed value and the same number the same wording', () => {
		for (const [typed, number] of [
			['0', 0],
			['-5', -5],
			['1.5', 1.5]
		] as const) {
			const typedMessage = typedExpiryProblem(typed, 'v2')?.message;
			expect(typedMessage).toBeTruthy();
			expect(messageOf(() => checkExpiry(number, 'v2'))).toBe(typedMessage);
		}
	});

	it.each([
		['', /Enter how many seconds/],
		['  ', /Enter how many seconds/],
		['soon', /whole number of seconds, e\.g\. 3600/],
		['1e3', /whole number of seconds/],
		['0', /at least 1 second/],
		['-5', /cannot be negative/]
	])('typed %j is refused: %s', (typed, message) => {
		const problem = typedExpiryProblem(typed, 'v4');
		expect(problem).toBeInstanceOf(InputError);
		expect(problem?.field).toBe('expiresIn');
		expect(problem?.message).toMatch(message);
	});

	it('caps SigV4 at 7 days and SigV2 not at all', () => {
		expect(typedExpiryProblem(String(MAX_V4_EXPIRES_SECONDS), 'v4')).toBeNull();
		const over = typedExpiryProblem(String(MAX_V4_EXPIRES_SECONDS + 1), 'v4');
		expect(over).toBeInstanceOf(ExpiryTooLongError);
		expect(over?.message).toMatch(/at most 7 days \(604800 seconds\).*SigV2/);
		expect(typedExpiryProblem(String(MAX_V4_EXPIRES_SECONDS + 1), 'v2')).toBeNull();
	});

	it('refuses an expiry date past the year 9999 only when the signing time is known', () => {
		const now = new Date('2025-01-01T00:00:00Z');
		const last = (Date.UTC(9999, 11, 31, 23, 59, 59) - now.getTime()) / 1000;
		expect(() => checkExpiry(last, 'v2', now)).not.toThrow();
		expect(() => checkExpiry(last + 1, 'v2', now)).toThrow(/outlive the year 9999/);
		expect(() => checkExpiry(last + 1, 'v2')).not.toThrow();
	});

	it('counts the expiry from the whole signing second, as S3 does', () => {
		const now = new Date('2025-01-01T00:00:00.900Z');
		expect(expiryDate(now, 60).toISOString()).toBe('2025-01-01T00:01:00.000Z');
	});
});
