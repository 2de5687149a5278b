import { describe, expect, it, vi } from 'vitest';
import { parseEndpoint } from './endpoint';
import { PROBE_AHEAD_MS, probeStartTimes, type StartTimesProbe } from './start-times';

const now = new Date('2026-05-01T10:00:00.400Z');
const probe = (fetch: typeof globalThis.fetch): StartTimesProbe => ({
	endpoint: parseEndpoint('http://127.0.0.1:7480'),
	addressing: 'path',
	region: 'us-east-1',
	credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
	bucket: 'demo',
	now,
	fetch
});

describe('probeStartTimes', () => {
	it('sends one HEAD on the bucket, presigned hours ahead', async () => {
		const fetch = vi.fn(async () => new Response(null, { status: 200 }));
		expect(await probeStartTimes(probe(fetch))).toBe('ignored');
		expect(fetch).toHaveBeenCalledTimes(1);
		const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
		expect(init.method).toBe('HEAD');
		const u = new URL(url);
		expect(u.pathname).toBe('/demo');
		const date = u.searchParams.get('X-Amz-Date') ?? '';
		const ahead = new Date(Math.floor((now.getTime() + PROBE_AHEAD_MS) / 1000) * 1000);
		expect(date).toBe(ahead.toISOString().replace(/[-:]/g, '').replace('.000', ''));
	});

	it('reads a 403 as "holds links back", anything else as unknown', async () => {
		expect(await probeStartTimes(probe(async () => new Response(null, { status: 403 })))).toBe(
			'honoured'
		);
		expect(await probeStartTimes(probe(async () => new Response(null, { status: 500 })))).toBe(
			'unknown'
		);
		const refused = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await probeStartTimes(probe(refused))).toBe('unknown');
	});

	it('never probes the page’s own origin or a bad bucket name', async () => {
		const fetch = vi.fn(async () => new Response(null));
		await expect(
			probeStartTimes({ ...probe(fetch), pageOrigin: 'http://127.0.0.1:7480' })
		).rejects.toThrow(/served from/);
		await expect(probeStartTimes({ ...probe(fetch), bucket: 'a' })).rejects.toThrow(/not valid/);
		expect(fetch).not.toHaveBeenCalled();
	});
});
