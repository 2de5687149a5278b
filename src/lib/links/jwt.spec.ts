import { describe, expect, it } from 'vitest';
import { jwtExpiry } from './jwt';

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: unknown) => `${b64url({ alg: 'HS512', typ: 'JWT' })}.${b64url(claims)}.sig`;

describe('jwtExpiry', () => {
	it('reads exp from a JWT session token (as MinIO STS issues)', () => {
		expect(jwtExpiry(jwt({ accessKey: 'X', exp: 1735689600 }))).toEqual(
			new Date('2025-01-01T00:00:00Z')
		);
	});
	it('handles base64url characters and UTF-8 claims', () => {
		expect(jwtExpiry(jwt({ name: '日本語 ~~~ ???', exp: 2000000000 }))?.getTime()).toBe(2e12);
	});
	it('returns undefined for opaque tokens, missing or bad exp', () => {
		expect(jwtExpiry('IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ')).toBeUndefined();
		expect(jwtExpiry('')).toBeUndefined();
		expect(jwtExpiry(undefined)).toBeUndefined();
		expect(jwtExpiry(jwt({ sub: 'x' }))).toBeUndefined();
		expect(jwtExpiry(jwt({ exp: '1735689600' }))).toBeUndefined();
		expect(jwtExpiry('a.!!!.c')).toBeUndefined();
	});
});
