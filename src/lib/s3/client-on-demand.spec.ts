// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { createS3Client as createRealClient, type S3ClientOptions } from './client';
import { createS3Client } from './client-on-demand';
import { parseEndpoint } from './endpoint';

const V1_PAGE = (truncated: boolean) =>
	`<ListBucketResult><Name>bkt</Name><Prefix></Prefix><Marker></Marker><IsTruncated>${truncated}</IsTruncated>` +
	'<EncodingType>url</EncodingType><Contents><Key>a</Key><Size>1</Size></Contents></ListBucketResult>';

/** Options whose fetch answers from `replies` in turn and records each URL it was sent. */
function options(replies: { status: number; body: string }[]) {
	const sent: string[] = [];
	const fetch = (async (url: string) => {
		sent.push(url);
		const { status, body } = replies.shift() ?? { status: 200, body: '' };
		return new Response(body, { status });
	}) as unknown as typeof globalThis.fetch;
	const opts: S3ClientOptions = {
		endpoint: parseEndpoint('http://127.0.0.1:7480'),
		region: 'us-east-1',
		credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
		addressing: 'path',
		now: () => new Date('2024-06-15T12:34:56Z'),
		fetch,
		sha256: JsSha256
	};
	return { opts, sent };
}

const signal = new AbortController().signal;
const notImplemented = {
	status: 501,
	body: '<Error><Code>NotImplemented</Code><Message></Message></Error>'
};

describe('the S3 client loaded on demand', () => {
	it('has every method of the real client', () => {
		const { opts } = options([]);
		expect(Object.keys(createS3Client(opts)).sort()).toEqual(
			Object.keys(createRealClient(opts)).sort()
		);
	});

	it('sends what the real client sends and keeps its state between calls (V1 fallback)', async () => {
		const replies = () => [notImplemented, { status: 200, body: V1_PAGE(true) }];
		const lazy = options([...replies(), { status: 200, body: V1_PAGE(false) }]);
		const real = options([...replies(), { status: 200, body: V1_PAGE(false) }]);
		const lazyClient = createS3Client(lazy.opts);
		const realClient = createRealClient(real.opts);
		for (const c of [lazyClient, realClient]) {
			const first = await c.listObjectsV2({ bucket: 'bkt' }, signal);
			expect(first).toMatchObject({ version: 'v1', nextContinuationToken: 'a' });
			await c.listObjectsV2({ bucket: 'bkt', continuationToken: 'a' }, signal);
		}
		// The second listing went straight to V1: the stand-in kept one real client.
		expect(lazy.sent).toEqual(real.sent);
		expect(lazy.sent).toHaveLength(3);
	});

	it('yields the pages of listObjectsV2Pages as the real client does', async () => {
		const pages = async (c: ReturnType<typeof createS3Client>) => {
			const objects = [];
			for await (const page of c.listObjectsV2Pages({ bucket: 'bkt' }, signal)) {
				objects.push(page.objects);
			}
			return objects;
		};
		const twoPages = () => [
			{ status: 200, body: V1_PAGE(true) },
			{ status: 200, body: V1_PAGE(false) }
		];
		const lazy = await pages(createS3Client(options(twoPages()).opts));
		expect(lazy).toEqual(await pages(createRealClient(options(twoPages()).opts)));
		expect(lazy).toHaveLength(2);
	});
});
