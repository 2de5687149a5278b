import { describe, expect, it } from 'vitest';
import { originAnswers } from './reachable';

describe('originAnswers', () => {
	it('sends a HEAD past the service worker and the HTTP cache, to the page’s own folder', async () => {
		const seen: { url: string; init: RequestInit | undefined }[] = [];
		const fetchFn = (async (url: URL, init?: RequestInit) => {
			seen.push({ url: String(url), init });
			return new Response(null, { status: 404 });
		}) as unknown as typeof fetch;
		await expect(originAnswers('https://example.test/some-bucket/app/#/x', fetchFn)).resolves.toBe(
			true
		);
		expect(seen).toHaveLength(1);
		expect(seen[0].url).toMatch(/^https:\/\/example\.test\/some-bucket\/app\/\?reachable=\w+$/);
		expect(seen[0].init).toMatchObject({ method: 'HEAD', cache: 'no-store', credentials: 'omit' });
	});

	it('is false on a network error', async () => {
		const fetchFn = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		await expect(originAnswers('https://example.test/', fetchFn)).resolves.toBe(false);
	});
});
