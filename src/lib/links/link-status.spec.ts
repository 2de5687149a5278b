import { describe, expect, it } from 'vitest';
import { japanese } from '$lib/testing/japanese';
import { inEnglish } from '$lib/i18n/in-english';
import { linkEnd, linkStatus, sameObject, statusMessage, type LinkRecord } from './link-status';

const link: LinkRecord = {
	id: 'x',
	url: 'https://h/b/k?X-Amz-Signature=a',
	method: 'GET',
	signer: 'v4',
	bucket: 'b',
	key: 'k',
	signedAt: '2025-01-01T00:00:00.000Z',
	expiresAt: '2025-01-01T01:00:00.000Z',
	requiredHeaders: {}
};

describe('link status', () => {
	it('is active until the expiry, then expired', () => {
		expect(linkStatus(link, Date.parse('2025-01-01T00:59:59Z'))).toBe('active');
		expect(linkStatus(link, Date.parse('2025-01-01T01:00:00Z'))).toBe('expired');
	});
	it('ends at an earlier session-token expiry', () => {
		const withToken = { ...link, tokenExpiresAt: '2025-01-01T00:30:00.000Z' };
		expect(linkEnd(withToken).toISOString()).toBe('2025-01-01T00:30:00.000Z');
		expect(linkStatus(withToken, Date.parse('2025-01-01T00:45:00Z'))).toBe('expired');
	});
	it('reports why a link was disabled', () => {
		expect(linkStatus({ ...link, disabled: 'object deleted' }, 0)).toBe('object deleted');
	});
});

describe('statusMessage', () => {
	const stored = ['active', 'expired', 'object deleted', 'upload aborted', 'renamed to a/b c.txt'];

	it('words every status this app stores, in English exactly as stored', () => {
		expect(stored.map((s) => inEnglish(statusMessage(s)))).toEqual(stored);
		expect(statusMessage('renamed to a/b c.txt')).toEqual({
			key: 'renamed to {key}',
			params: { key: 'a/b c.txt' }
		});
	});

	it('has Japanese for each of them', () => {
		const missing = stored.map(statusMessage).filter((m) => !Object.hasOwn(japanese, m.key));
		expect(missing).toEqual([]);
	});

	it('shows a reason it does not know as it was stored', () => {
		expect(inEnglish(statusMessage('moved by hand'))).toBe('moved by hand');
		expect(inEnglish(statusMessage('renamed to '))).toBe('renamed to ');
	});
});

describe('sameObject', () => {
	it('needs the same endpoint origin as well as bucket and key', () => {
		expect(sameObject(link, { ...link, url: 'https://h/b/k?X-Amz-Signature=other' })).toBe(true);
		expect(sameObject(link, { ...link, url: 'https://other/b/k?X-Amz-Signature=a' })).toBe(false);
		expect(sameObject(link, { ...link, url: 'https://h:8443/b/k' })).toBe(false);
		expect(sameObject(link, { ...link, key: 'k2' })).toBe(false);
	});

	it('matches a relay link by the storage origin its windows go to, not the app page', () => {
		const relay = {
			...link,
			url: 'https://app.example/#/go?r=abc',
			relay: { origin: 'https://h', windows: 5 }
		};
		expect(sameObject(link, relay)).toBe(true);
		expect(sameObject(relay, link)).toBe(true);
		expect(sameObject(relay, { ...relay, relay: { origin: 'https://other', windows: 5 } })).toBe(
			false
		);
	});
});
