import { describe, expect, it } from 'vitest';
import { textToBase64Url } from '$lib/format/codec';
import { parseEndpoint } from '$lib/s3';
import { presignPost } from '$lib/s3/post-policy';
import { dropPageUrl, openDrop, readDropLink, vetDrop, type DropLink } from './drop-link';

const APP = 'https://app.example.org';
const NOW = new Date('2026-05-01T12:00:00Z');

async function realDrop(endpoint = 'http://127.0.0.1:7480', expiresIn = 3600): Promise<DropLink> {
	const post = await presignPost({
		signer: 'v4',
		endpoint: parseEndpoint(endpoint),
		region: 'us-east-1',
		addressing: 'path',
		bucket: 'demo',
		prefix: 'in/',
		maxBytes: 1000,
		credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
		expiresIn,
		now: NOW
	});
	return { url: post.url, fields: post.fields };
}

const hashOf = (drop: unknown) => `#/drop?d=${textToBase64Url(JSON.stringify(drop))}`;

describe('drop links', () => {
	it('round-trip through the fragment of the app address', async () => {
		const drop = await realDrop();
		const url = dropPageUrl(`${APP}/app/index.html?x=1#/somewhere`, drop);
		expect(url.startsWith(`${APP}/app/index.html#/drop?d=`)).toBe(true);
		expect(readDropLink(new URL(url).hash)).toEqual(drop);
		expect(openDrop(new URL(url).hash, APP, NOW)).toMatchObject({
			kind: 'ready',
			destination: { host: '127.0.0.1:7480', bucket: 'demo', folder: 'in/', maxBytes: 1000 }
		});
	});

	it('is nothing without a fragment, and damaged when it does not decode', () => {
		expect(openDrop('#/drop', APP, NOW)).toEqual({ kind: 'none' });
		for (const hash of ['#/drop?d=!!', hashOf({ url: 1 }), hashOf({ url: 'x', fields: { a: 1 } })])
			expect(openDrop(hash, APP, NOW)).toMatchObject({ kind: 'refused', reason: /damaged/ });
	});

	it('refuses a policy without the conditions it must show', async () => {
		const drop = await realDrop();
		const policy = btoa(JSON.stringify({ expiration: '2030-01-01T00:00:00Z', conditions: [] }));
		const view = openDrop(hashOf({ ...drop, fields: { ...drop.fields, policy } }), APP, NOW);
		expect(view).toMatchObject({ kind: 'refused', reason: /damaged/ });
	});

	it('refuses to post anywhere but another http(s) server, and says why', async () => {
		const drop = await realDrop();
		const ownOrigin = await realDrop(APP);
		expect(() => vetDrop({ ...drop, url: 'javascript:alert(1)' }, APP, NOW)).toThrow(
			/“javascript:” address/
		);
		expect(() => vetDrop(ownOrigin, APP, NOW)).toThrow(/the server this page itself comes from/);
		expect(() => vetDrop({ ...drop, url: 'http://user:pw@127.0.0.1:7480/demo' }, APP, NOW)).toThrow(
			/damaged/
		);
		expect(() =>
			vetDrop({ ...drop, list: 'https://elsewhere.example/demo?list-type=2' }, APP, NOW)
		).toThrow(/damaged/);
		const unsigned = { ...drop, fields: { policy: drop.fields.policy } };
		expect(() => vetDrop(unsigned, APP, NOW)).toThrow(/damaged/);
	});

	it('refuses an expired drop with its expiry date', async () => {
		const drop = await realDrop('http://127.0.0.1:7480', 60);
		expect(() => vetDrop(drop, APP, new Date(NOW.getTime() + 60_000))).toThrow(
			/This drop link expired on .*Ask the person who sent it for a new one/
		);
		expect(vetDrop(drop, APP, new Date(NOW.getTime() + 59_000)).folder).toBe('in/');
	});
});
