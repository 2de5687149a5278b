// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
	S3Error,
	parseEndpoint,
	type ListObjectsResult,
	type ListObjectsV2Params,
	type S3Client
} from '$lib/s3';
import { Browser } from './browser.svelte';

const page = (n: number, last: boolean): ListObjectsResult => ({
	version: 'v2',
	prefix: 'p/',
	isTruncated: !last,
	nextContinuationToken: last ? undefined : `t${n + 1}`,
	objects: [{ key: `p/k${n}`, size: n }],
	commonPrefixes: []
});

const calls: string[] = [];
let failNext = false;
const fakeClient = () =>
	({
		async listObjectsV2(p: ListObjectsV2Params) {
			calls.push(`page ${p.continuationToken ?? 'first'}`);
			if (failNext) {
				failNext = false;
				throw new S3Error({ code: 'SlowDown', message: 'Slow down', status: 503, body: '' });
			}
			const n = Number(p.continuationToken?.slice(1) ?? 0);
			return page(n, n === 3);
		},
		async *listObjectsV2Pages(p: ListObjectsV2Params) {
			calls.push(`pages ${p.continuationToken ?? 'first'}`);
			for (let n = Number(p.continuationToken?.slice(1) ?? 0); n <= 3; n++) yield page(n, n === 3);
		}
	}) as unknown as S3Client;
const client = vi.fn(fakeClient);

const browser = new Browser({
	client,
	target: () => ({ endpoint: parseEndpoint('http://127.0.0.1:7480'), addressing: 'path' }),
	rememberBucket: () => {},
	observeServerDate: () => {},
	isOffline: async () => false
});

beforeEach(() => {
	calls.length = 0;
	client.mockClear();
	failNext = false;
});

describe('browser', () => {
	it('clears the error of a failed page when Load more then succeeds, and Load all goes on', async () => {
		await browser.open('b', 'p/');
		failNext = true;
		await browser.loadMore();
		expect(browser.error).not.toBeNull();
		await browser.loadMore();
		expect(browser.error).toBeNull();
		expect(browser.objectCount).toBe(2);
		await browser.loadAll();
		expect(browser.error).toBeNull();
		expect(browser.objectCount).toBe(4);
		expect(browser.more).toBe(false);
		// One client per opened place (it keeps its V1 fallback memory); Load all pipelines pages.
		expect(client).toHaveBeenCalledTimes(1);
		expect(calls).toEqual(['page first', 'page t1', 'page t1', 'pages t2']);
	});

	it('filters with the shared filterKeys, on the name below the prefix', async () => {
		await browser.open('b', 'p/');
		await browser.loadAll();
		browser.filter = ' K2 ';
		expect(browser.rows.map((r) => ('key' in r ? r.key : r.prefix))).toEqual(['p/k2']);
		browser.filter = 'p/';
		expect(browser.rows).toEqual([]);
	});
});
