import { describe, expect, it } from 'vitest';
import { packRelay, relayPageUrl } from '$lib/links/relay-pack';
import { parseEndpoint, presignRelay, windowUrl, type RelayRequest } from '$lib/s3';
import { RelayPage } from './relay-page.svelte';

const DAY = 86400_000;
const APP = 'https://app.example.org/index.html';
const START = new Date('2026-06-01T08:00:00Z');

const request: RelayRequest = {
	method: 'GET',
	endpoint: parseEndpoint('https://s3.example.org'),
	region: 'us-east-1',
	addressing: 'path',
	bucket: 'demo',
	key: 'a.txt',
	credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
	now: START,
	totalSeconds: 30 * 86400
};

async function pageFor(r: RelayRequest, appOrigin = new URL(APP).origin) {
	const link = await presignRelay(r);
	const page = new RelayPage();
	await page.load(new URL(relayPageUrl(APP, await packRelay(link))).hash, appOrigin);
	return { link, page };
}

function world(nowMs: number) {
	const went: string[] = [];
	return { went, now: () => nowMs, go: (url: string) => went.push(url) };
}

describe('RelayPage', () => {
	it('sends nothing before the first window, then starts the download of the right window once', async () => {
		const { link, page } = await pageFor(request);
		const early = world(START.getTime() - 60_000);
		expect(page.view(early.now())).toMatchObject({ kind: 'before', opensAt: START });
		expect(page.proceed(early, APP)).toBe(false);
		expect(early.went).toEqual([]);

		const day10 = world(START.getTime() + 10 * DAY);
		expect(page.proceed(day10, APP)).toBe(true);
		expect(page.proceed(day10, APP)).toBe(false);
		expect(day10.went).toEqual([windowUrl(link, 1)]);
	});

	it('after the end shows "expired" and sends nothing', async () => {
		const { page } = await pageFor(request);
		const late = world(START.getTime() + 31 * DAY);
		expect(page.view(late.now())).toMatchObject({ kind: 'expired' });
		expect(page.proceed(late, APP)).toBe(false);
		expect(late.went).toEqual([]);
	});

	it('opens the upload view with the window’s URL, content type and bucket for a PUT', async () => {
		const put = { ...request, method: 'PUT' as const, headers: { 'content-type': 'text/plain' } };
		const { link, page } = await pageFor(put);
		const now = world(START.getTime() + DAY);
		page.proceed(now, `${APP}#/go?r=x`);
		const target = new URL(now.went[0]);
		expect(target.href.startsWith(`${APP}#/upload?put=`)).toBe(true);
		const params = new URLSearchParams(target.hash.split('?')[1]);
		expect(Buffer.from(params.get('put') ?? '', 'base64url').toString()).toBe(windowUrl(link, 0));
		expect(Buffer.from(params.get('type') ?? '', 'base64url').toString()).toBe('text/plain');
	});

	it('refuses a relay link to the page’s own origin, and damaged or missing fragments', async () => {
		const own = await pageFor(request, 'https://s3.example.org');
		expect(own.page.view(START.getTime())).toMatchObject({ kind: 'refused' });
		expect(own.page.proceed(world(START.getTime()), APP)).toBe(false);

		const page = new RelayPage();
		await page.load('#/go?r=AAAA', 'https://app.example.org');
		expect(page.view(START.getTime())).toMatchObject({
			kind: 'refused',
			reason: expect.stringContaining('damaged')
		});
		await page.load('#/go', 'https://app.example.org');
		expect(page.view(START.getTime())).toEqual({ kind: 'none' });
	});
});
