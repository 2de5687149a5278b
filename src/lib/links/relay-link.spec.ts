import { describe, expect, it } from 'vitest';
import { parseEndpoint } from '$lib/s3';
import { inspectRelay, relayUrlAt, signRelayLink } from './relay-link';
import { relayParam, unpackRelay } from './relay-pack';

const DAY = 86400;
const START = new Date('2026-04-01T12:00:00Z');
const request = {
	method: 'GET' as const,
	endpoint: parseEndpoint('http://127.0.0.1:7480'),
	region: 'us-east-1',
	addressing: 'path' as const,
	bucket: 'demo',
	key: 'a.txt',
	credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
	now: START
};

describe('signRelayLink', () => {
	it('records the relay address, both ends and the storage origin', async () => {
		const record = await signRelayLink(request, 30 * DAY, undefined, 'http://app.test/index.html');
		expect(record.url.startsWith('http://app.test/index.html#/go?r=')).toBe(true);
		expect(record.signedAt).toBe(START.toISOString());
		expect(record.expiresAt).toBe(new Date(START.getTime() + 30 * DAY * 1000).toISOString());
		expect(record.relay).toEqual({ origin: 'http://127.0.0.1:7480', windows: 5 });
	});

	it('stops signing windows where the session token ends: no window outlives the keys', async () => {
		const keyExpiry = new Date(START.getTime() + 10 * DAY * 1000);
		const record = await signRelayLink(request, 30 * DAY, keyExpiry, 'http://app.test/');
		const link = await unpackRelay(relayParam(record.url) ?? '');
		expect(link.end * 1000).toBe(keyExpiry.getTime());
		expect(link.windows).toHaveLength(2);
		expect(record.tokenExpiresAt).toBe(keyExpiry.toISOString());
	});
});

describe('relayUrlAt and inspectRelay', () => {
	it('give the window of the moment, and every window for inspect', async () => {
		const record = await signRelayLink(request, 30 * DAY, undefined, 'http://app.test/');
		const day10 = START.getTime() + 10 * DAY * 1000;
		const url = await relayUrlAt(record.url, day10);
		expect(new URL(url).searchParams.get('X-Amz-Date')).toBe('20260407T120000Z');
		await expect(relayUrlAt(record.url, START.getTime() - 1000)).rejects.toThrow(/opens on/);
		await expect(relayUrlAt(record.url, day10 + 30 * DAY * 1000)).rejects.toThrow(/expired/);

		const inspected = await inspectRelay(record.url, new Date(day10));
		expect(inspected?.windows.map((w) => w.from.toISOString())).toEqual([
			'2026-04-01T12:00:00.000Z',
			'2026-04-07T12:00:00.000Z',
			'2026-04-13T12:00:00.000Z',
			'2026-04-19T12:00:00.000Z',
			'2026-04-25T12:00:00.000Z'
		]);
		expect(inspected?.info.expiresAt.toISOString()).toBe('2026-05-01T12:00:00.000Z');
		expect(inspected?.info.remainingSeconds).toBe(20 * DAY);
		expect(await inspectRelay('https://s3.example/b/k?X-Amz-Signature=x', new Date())).toBeNull();
	});
});
