import { describe, expect, it } from 'vitest';
import { capByKeyExpiry, keyExpiryNotice, keyNoticeMessage, keysExpiry } from './key-expiry';

const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (exp: number) => `${part({ alg: 'HS256' })}.${part({ exp })}.sig`;

describe('keysExpiry', () => {
	const imported = { accessKeyId: 'ASIA1', expiresAt: '2026-11-30T14:05:00.000Z' };

	it('takes the imported Expiration while the access key is the imported one', () => {
		expect(keysExpiry({ accessKeyId: ' ASIA1 ', sessionToken: 'opaque' }, imported)).toEqual({
			at: new Date('2026-11-30T14:05:00.000Z'),
			source: 'imported'
		});
	});

	it('drops it once another access key is typed, falling back to a JWT exp', () => {
		expect(keysExpiry({ accessKeyId: 'OTHER', sessionToken: 'opaque' }, imported)).toBeUndefined();
		expect(
			keysExpiry({ accessKeyId: 'OTHER', sessionToken: jwt(1_800_000_000) }, imported)
		).toEqual({ at: new Date(1_800_000_000_000), source: 'jwt' });
	});
});

describe('capByKeyExpiry', () => {
	const keys = { at: new Date('2026-11-30T14:05:00Z'), source: 'imported' as const };

	it('ends the link when the keys expire, and says how much earlier', () => {
		const asked = new Date('2026-12-07T12:05:00Z');
		const capped = capByKeyExpiry(asked, keys);
		expect(capped.end).toEqual(keys.at);
		expect(capped.shortByMs).toBe((6 * 24 + 22) * 3600_000);
		const now = Date.parse('2026-11-30T12:00:00Z');
		expect(keyExpiryNotice(capped, now)).toMatch(
			/^This link will stop working at .+, when your temporary keys expire — 6 d 22 h earlier than asked\.$/
		);
	});

	it('leaves a link that ends before the keys alone, and long-lived keys too', () => {
		const asked = new Date('2026-11-30T13:00:00Z');
		expect(capByKeyExpiry(asked, keys)).toEqual({ end: asked, shortByMs: 0 });
		expect(capByKeyExpiry(asked, undefined)).toEqual({ end: asked, shortByMs: 0 });
		expect(keyExpiryNotice(capByKeyExpiry(asked, keys), 0)).toBe('');
	});

	it('speaks of the links of a folder in the plural, with the same values', () => {
		const now = Date.parse('2026-11-30T12:00:00Z');
		const one = keyNoticeMessage(7 * 86400, keys, now, 'en-GB');
		const many = keyNoticeMessage(7 * 86400, keys, now, 'en-GB', true);
		expect(one?.key).toMatch(/^This link will stop working at \{at\}/);
		expect(many?.key).toMatch(/^These links will stop working at \{at\}/);
		expect(many?.params).toEqual(one?.params);
		expect(keyNoticeMessage(3600, keys, now, 'en-GB', true)).toBeNull();
	});

	it('says plainly when the keys have already expired', () => {
		const capped = capByKeyExpiry(new Date('2026-12-01T00:00:00Z'), keys);
		expect(keyExpiryNotice(capped, Date.parse('2026-11-30T15:00:00Z'))).toMatch(
			/^Your temporary keys expired at .*: a link signed with them will not work\./
		);
	});
});
