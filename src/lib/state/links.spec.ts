import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkRecord } from '$lib/links/link-status';
import { LinkHistory, MAX_LINKS } from './links.svelte';

const base: Omit<LinkRecord, 'id'> = {
	url: 'https://s3.example/b/k?X-Amz-Signature=a',
	method: 'GET',
	signer: 'v4',
	bucket: 'b',
	key: 'k',
	signedAt: '2025-01-01T00:00:00.000Z',
	expiresAt: '2025-01-01T01:00:00.000Z',
	requiredHeaders: {}
};

beforeEach(() => {
	const data = new Map<string, string>();
	vi.stubGlobal('sessionStorage', {
		getItem: (k: string) => data.get(k) ?? null,
		setItem(k: string, v: string) {
			if (v.length > 20_000) throw new DOMException('quota', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k: string) => void data.delete(k)
	});
});
afterEach(() => vi.unstubAllGlobals());

describe('link history', () => {
	it('keeps adding links in memory when the storage is full, newest MAX_LINKS only', () => {
		const links = new LinkHistory();
		for (let i = 0; i < MAX_LINKS + 20; i++) links.add({ ...base, key: `k${i}` });
		expect(links.items).toHaveLength(MAX_LINKS);
		expect(links.items[0].key).toBe(`k${MAX_LINKS + 19}`);
	});

	it('marks only links to the same endpoint, bucket and key as disabled', () => {
		const links = new LinkHistory();
		const here = links.add(base);
		const again = links.add({ ...base, url: 'https://s3.example/b/k?X-Amz-Signature=b' });
		const elsewhere = links.add({ ...base, url: 'https://other.example/b/k?X-Amz-Signature=c' });
		links.markDisabled(here, 'object deleted');
		expect(links.find(here.id)?.disabled).toBe('object deleted');
		expect(links.find(again.id)?.disabled).toBe('object deleted');
		expect(links.find(elsewhere.id)?.disabled).toBeUndefined();
	});

	it('exports a relay link with its #/go address and "v4-relay" as the signer', () => {
		const links = new LinkHistory();
		links.add({
			...base,
			url: 'https://app.example/#/go?r=abc',
			relay: { origin: 'https://s3.example', windows: 5 }
		});
		const row = links.toCsv(0).trim().split(/\r?\n/)[1];
		expect(row).toContain(',v4-relay,');
		expect(row).toContain('https://app.example/#/go?r=abc');
		expect(JSON.parse(links.toJson())[0].relay).toEqual({
			origin: 'https://s3.example',
			windows: 5
		});
	});
});
