// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { createS3Client, type S3ClientOptions } from './client';
import { lastListed, peekText } from './xml';
import { parseEndpoint } from './endpoint';
import { NetworkError, S3Error, SharedOriginError } from './errors';

interface Sent {
	url: string;
	method: string;
	headers: Record<string, string>;
	body?: unknown;
}

type Reply =
	{ status?: number; body?: string; headers?: Record<string, string> } | Error | DOMException;

/** A fake fetch answering from a queue and recording what it was sent. */
function fakeFetch(replies: Reply[]) {
	const sent: Sent[] = [];
	const fetch = (async (url: string, init: RequestInit) => {
		sent.push({
			url,
			method: init.method ?? 'GET',
			headers: init.headers as Record<string, string>,
			body: init.body
		});
		const reply = replies.shift() ?? { status: 200, body: '' };
		if (reply instanceof Error || reply instanceof DOMException) throw reply;
		const status = reply.status ?? 200;
		return new Response(status === 204 || init.method === 'HEAD' ? null : (reply.body ?? ''), {
			status,
			headers: reply.headers
		});
	}) as unknown as typeof globalThis.fetch;
	return { fetch, sent };
}

const NOW = new Date('2024-06-15T12:34:56Z');
const signal = new AbortController().signal;

function client(replies: Reply[], overrides: Partial<S3ClientOptions> = {}) {
	const { fetch, sent } = fakeFetch(replies);
	const c = createS3Client({
		endpoint: parseEndpoint('http://127.0.0.1:7480'),
		region: 'us-east-1',
		credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
		addressing: 'path',
		now: () => NOW,
		fetch,
		sha256: JsSha256,
		...overrides
	});
	return { c, sent };
}

const V2_PAGE =
	'<ListBucketResult><Name>bkt</Name><Prefix>dir a/</Prefix><KeyCount>1</KeyCount><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>' +
	'<NextContinuationToken>NEXT</NextContinuationToken><Contents><Key>dir%20a%2Fx%2By.txt</Key><Size>3</Size></Contents></ListBucketResult>';
const V1_PAGE =
	'<ListBucketResult><Name>bkt</Name><Prefix></Prefix><Marker></Marker><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>' +
	'<Contents><Key>a</Key><Size>1</Size></Contents><Contents><Key>b%20c</Key><Size>1</Size></Contents></ListBucketResult>';

describe('createS3Client', () => {
	it('signs nothing for the page’s own origin, path-style or virtual-hosted', async () => {
		const signal = new AbortController().signal;
		const ref = { bucket: 'app', key: 'index.html' };
		const path = client([], { pageOrigin: 'http://127.0.0.1:7480' });
		await expect(path.c.headObject(ref, signal)).rejects.toBeInstanceOf(SharedOriginError);
		const virtual = client([], {
			endpoint: parseEndpoint('https://s3.example.org'),
			addressing: 'virtual',
			pageOrigin: 'https://app.s3.example.org'
		});
		await expect(virtual.c.deleteObject(ref, signal)).rejects.toBeInstanceOf(SharedOriginError);
		expect(path.sent).toEqual([]);
		expect(virtual.sent).toEqual([]);
	});

	it('signs ListObjectsV2 with the injected clock and decodes keys', async () => {
		const { c, sent } = client(
			[{ body: V2_PAGE, headers: { Date: 'Sat, 15 Jun 2024 12:35:00 GMT' } }],
			{
				credentials: { accessKeyId: 'AK', secretAccessKey: 'SK', sessionToken: 'TOKEN' }
			}
		);
		const r = await c.listObjectsV2(
			{ bucket: 'bkt', prefix: 'dir a/', delimiter: '/', maxKeys: 100 },
			signal
		);
		expect(sent[0].url).toBe(
			'http://127.0.0.1:7480/bkt?list-type=2&encoding-type=url&prefix=dir%20a%2F&delimiter=%2F&max-keys=100'
		);
		const h = sent[0].headers;
		expect(h.host).toBeUndefined();
		expect(h['x-amz-date']).toBe('20240615T123456Z');
		expect(h['x-amz-security-token']).toBe('TOKEN');
		expect(h['x-amz-content-sha256']).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(h.authorization).toMatch(
			/^AWS4-HMAC-SHA256 Credential=AK\/20240615\/us-east-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/
		);
		expect(r.objects[0].key).toBe('dir a/x+y.txt');
		expect(r.prefix).toBe('dir a/');
		expect(r.nextContinuationToken).toBe('NEXT');
		expect(r.serverDate?.toISOString()).toBe('2024-06-15T12:35:00.000Z');
	});

	it('falls back to ListObjects V1 when V2 is not implemented, then stays on V1', async () => {
		const { c, sent } = client([
			{ status: 501, body: '<Error><Code>NotImplemented</Code><Message></Message></Error>' },
			{ body: V1_PAGE },
			{ body: V1_PAGE.replace('<IsTruncated>true', '<IsTruncated>false') }
		]);
		const first = await c.listObjectsV2({ bucket: 'bkt' }, signal);
		expect(sent[1].url).toBe('http://127.0.0.1:7480/bkt?encoding-type=url');
		expect(first).toMatchObject({ version: 'v1', nextContinuationToken: 'b c' });
		const second = await c.listObjectsV2(
			{ bucket: 'bkt', continuationToken: first.nextContinuationToken },
			signal
		);
		expect(sent[2].url).toBe('http://127.0.0.1:7480/bkt?encoding-type=url&marker=b%20c');
		expect(second.nextContinuationToken).toBeUndefined();
	});

	it('treats a V1-shaped answer to a V2 request as V1', async () => {
		const { c } = client([{ body: V1_PAGE }]);
		expect(await c.listObjectsV2({ bucket: 'bkt' }, signal)).toMatchObject({
			version: 'v1',
			nextContinuationToken: 'b c'
		});
	});

	it('lists buckets at the endpoint root even with virtual addressing', async () => {
		const { c, sent } = client(
			[
				{
					body: '<ListAllMyBucketsResult><Buckets><Bucket><Name>x</Name></Bucket></Buckets></ListAllMyBucketsResult>'
				}
			],
			{ endpoint: parseEndpoint('https://s3.example.com'), addressing: 'virtual' }
		);
		expect((await c.listBuckets(signal)).buckets).toEqual([{ name: 'x', creationDate: undefined }]);
		expect(sent[0].url).toBe('https://s3.example.com/');
	});

	it('HEAD: maps bodiless errors and reads headers', async () => {
		const { c } = client([
			{ status: 404 },
			{ status: 403 },
			{ status: 404 },
			{
				headers: {
					'content-length': '42',
					'x-amz-meta-owner': 'taro',
					etag: '"e"',
					'x-amz-storage-class': 'GLACIER_IR'
				}
			},
			{ headers: { 'x-amz-bucket-region': 'eu-west-1' } }
		]);
		await expect(c.headObject({ bucket: 'bkt', key: 'k' }, signal)).rejects.toMatchObject({
			code: 'NoSuchKey',
			status: 404
		});
		await expect(c.headObject({ bucket: 'bkt', key: 'k' }, signal)).rejects.toMatchObject({
			code: 'AccessDenied',
			status: 403
		});
		await expect(c.headBucket('bkt', signal)).rejects.toMatchObject({ code: 'NoSuchBucket' });
		expect(await c.headObject({ bucket: 'bkt', key: 'k' }, signal)).toMatchObject({
			contentLength: 42,
			etag: '"e"',
			storageClass: 'GLACIER_IR',
			metadata: { owner: 'taro' }
		});
		expect((await c.headBucket('bkt', signal)).region).toBe('eu-west-1');
	});

	it('copyObject sends an encoded x-amz-copy-source and catches a 200 with <Error>', async () => {
		const { c, sent } = client([
			{ body: '<CopyObjectResult><ETag>&quot;abc&quot;</ETag></CopyObjectResult>' },
			{
				body: '<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>'
			}
		]);
		const r = await c.copyObject(
			{ bucket: 'bkt', sourceKey: 'dir a/x+y ü?#%.txt', destinationKey: 'new name.txt' },
			signal
		);
		expect(sent[0]).toMatchObject({
			method: 'PUT',
			url: 'http://127.0.0.1:7480/bkt/new%20name.txt'
		});
		expect(sent[0].headers['x-amz-copy-source']).toBe('/bkt/dir%20a/x%2By%20%C3%BC%3F%23%25.txt');
		expect(sent[0].headers.authorization).toContain('x-amz-copy-source');
		expect(r.etag).toBe('"abc"');
		await expect(
			c.copyObject({ bucket: 'bkt', sourceKey: 'a', destinationKey: 'b' }, signal)
		).rejects.toMatchObject({ code: 'InternalError', status: 200 });
	});

	it('copyObject signs the source ETag condition and the storage class it is given', async () => {
		const { c, sent } = client([{ body: '<CopyObjectResult/>' }, { body: '<CopyObjectResult/>' }]);
		await c.copyObject(
			{
				bucket: 'bkt',
				sourceKey: 'a',
				destinationKey: 'b',
				sourceIfMatch: '"e1"',
				storageClass: 'STANDARD_IA'
			},
			signal
		);
		expect(sent[0].headers['x-amz-copy-source-if-match']).toBe('"e1"');
		expect(sent[0].headers['x-amz-storage-class']).toBe('STANDARD_IA');
		expect(sent[0].headers.authorization).toContain(
			'x-amz-copy-source-if-match;x-amz-date;x-amz-storage-class'
		);
		await c.copyObject({ bucket: 'bkt', sourceKey: 'a', destinationKey: 'b' }, signal);
		expect(Object.keys(sent[1].headers)).not.toContain('x-amz-copy-source-if-match');
		expect(Object.keys(sent[1].headers)).not.toContain('x-amz-storage-class');
	});

	it('putObject hashes small bodies and sends big ones unsigned', async () => {
		const { c, sent } = client([{ headers: { etag: '"1"' } }, {}, { status: 204 }]);
		expect(
			(
				await c.putObject(
					{ bucket: 'bkt', key: 'a.txt', body: 'hello', contentType: 'text/plain' },
					signal
				)
			).etag
		).toBe('"1"');
		expect(sent[0].headers['x-amz-content-sha256']).toBe(
			'2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'
		);
		expect(sent[0].headers['content-type']).toBe('text/plain');
		await c.putObject({ bucket: 'bkt', key: 'b.bin', body: new Blob(['x']) }, signal);
		expect(sent[1].headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
		await c.deleteObject({ bucket: 'bkt', key: 'b.bin' }, signal);
		expect(sent[2].method).toBe('DELETE');
	});

	it('turns RGW XML errors into S3Error, fetch TypeError into NetworkError, and rethrows AbortError', async () => {
		const abort = new DOMException('aborted', 'AbortError');
		const { c } = client([
			{
				status: 404,
				body: '<Error><Code>NoSuchBucket</Code><Message></Message><RequestId>tx9</RequestId></Error>'
			},
			new TypeError('Failed to fetch'),
			abort,
			{ body: '<html><title>Welcome to nginx</title></html>' }
		]);
		const e = await c.listObjectsV2({ bucket: 'bkt' }, signal).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(S3Error);
		expect(e).toMatchObject({
			code: 'NoSuchBucket',
			requestId: 'tx9',
			message: 'The bucket does not exist.'
		});
		const n = await c.listBuckets(signal).catch((x: unknown) => x);
		expect(n).toBeInstanceOf(NetworkError);
		expect((n as NetworkError).origin).toBe('http://127.0.0.1:7480');
		await expect(c.listBuckets(signal)).rejects.toBe(abort);
		await expect(c.listBuckets(signal)).rejects.toMatchObject({
			code: 'InvalidResponse',
			status: 200
		});
	});

	it('pages V1 by the last key or prefix in UTF-8 byte order, not UTF-16 order', async () => {
		// U+1F600 is a surrogate pair (0xD83D…) in UTF-16, below U+E000; in UTF-8 (F0…) above EE….
		expect(lastListed(['p/\uE000'], ['p/😀/'])).toBe('p/😀/');
		expect(lastListed(['p/😀'], ['p/\uE000/'])).toBe('p/😀');
		expect(lastListed(['p/a', 'p/b'], [])).toBe('p/b');
		expect(lastListed([], ['p/a/'])).toBe('p/a/');
		const page = V1_PAGE.replace(
			/<Contents>.*<\/ListBucketResult>/,
			'<Contents><Key>%EE%80%80</Key><Size>1</Size></Contents>' +
				'<CommonPrefixes><Prefix>%F0%9F%98%80%2F</Prefix></CommonPrefixes></ListBucketResult>'
		);
		const { c } = client([{ body: page }]);
		const r = await c.listObjectsV2({ bucket: 'bkt', delimiter: '/' }, signal);
		expect(r.nextContinuationToken).toBe('😀/');
	});

	it('reads and unescapes NextContinuationToken from the raw body', () => {
		expect(peekText(V2_PAGE, 'NextContinuationToken')).toBe('NEXT');
		expect(
			peekText(
				'<NextContinuationToken>a&amp;b&lt;c&gt;&quot;&apos;&#47;&#x2B;</NextContinuationToken>',
				'NextContinuationToken'
			)
		).toBe('a&b<c>"\'/+');
		expect(peekText('<IsTruncated>false</IsTruncated>', 'NextContinuationToken')).toBeUndefined();
	});

	describe('listObjectsV2Pages', () => {
		const page = (n: number, last = false) =>
			'<ListBucketResult><Name>bkt</Name><KeyCount>1</KeyCount><EncodingType>url</EncodingType>' +
			`<IsTruncated>${!last}</IsTruncated>` +
			(last ? '' : `<NextContinuationToken>t&amp;${n + 1}</NextContinuationToken>`) +
			`<Contents><Key>k${n}</Key><Size>${n}</Size></Contents></ListBucketResult>`;

		/** A fetch whose answers arrive only when the test says, logging requests and aborts. */
		function gatedFetch() {
			const log: string[] = [];
			const gates: ((body: string) => void)[] = [];
			const signals: AbortSignal[] = [];
			const fetch = ((url: string, init: RequestInit) => {
				const token = new URL(url).searchParams.get('continuation-token');
				log.push(`fetch ${token ?? 'first'}`);
				signals.push(init.signal as AbortSignal);
				return new Promise<Response>((resolve, reject) => {
					let answered = false;
					gates.push((body) => {
						answered = true;
						resolve(new Response(body));
					});
					init.signal?.addEventListener('abort', () => {
						if (answered) return;
						log.push(`abort ${token ?? 'first'}`);
						reject(new DOMException('aborted', 'AbortError'));
					});
				});
			}) as unknown as typeof globalThis.fetch;
			return { fetch, log, gates, signals };
		}

		/** Logs each DOMParser parse, to order it against the requests. */
		function spyParse(log: string[]) {
			const original = DOMParser.prototype.parseFromString;
			return vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(function (
				this: DOMParser,
				text,
				type
			) {
				log.push('parse');
				return original.call(this, text, type);
			});
		}

		/** Waits for the client to reach a state; the budget is for a loaded machine, not a target. */
		const until = (check: () => boolean) =>
			vi.waitFor(() => expect(check()).toBe(true), { timeout: 10_000, interval: 5 });

		it('requests the next page before parsing this one, and yields pages in order', async () => {
			const { fetch, log, gates } = gatedFetch();
			const parse = spyParse(log);
			const { c } = client([], { fetch });
			const keys: string[] = [];
			const done = (async () => {
				for await (const p of c.listObjectsV2Pages({ bucket: 'bkt', prefix: 'k' }, signal))
					keys.push(...p.objects.map((o) => o.key));
			})();
			await until(() => gates.length === 1);
			gates[0](page(0));
			await until(() => gates.length === 2);
			gates[1](page(1));
			await until(() => gates.length === 3);
			gates[2](page(2, true));
			await done;
			parse.mockRestore();
			expect(keys).toEqual(['k0', 'k1', 'k2']);
			expect(log).toEqual(['fetch first', 'fetch t&1', 'parse', 'fetch t&2', 'parse', 'parse']);
		});

		it('cancels the request fetched ahead on abort, and on return', async () => {
			for (const stop of ['abort', 'return'] as const) {
				const { fetch, log, gates, signals } = gatedFetch();
				const { c } = client([], { fetch });
				const controller = new AbortController();
				const pages = c.listObjectsV2Pages({ bucket: 'bkt' }, controller.signal);
				const first = pages.next();
				await until(() => gates.length === 1);
				gates[0](page(0));
				expect((await first).value?.objects[0].key).toBe('k0');
				expect(log).toEqual(['fetch first', 'fetch t&1']);
				if (stop === 'abort') {
					const second = pages.next();
					controller.abort();
					await expect(second).rejects.toMatchObject({ name: 'AbortError' });
				} else {
					await pages.return();
				}
				expect(signals[1].aborted).toBe(true);
				expect(log).toContain('abort t&1');
			}
		});
	});
});
