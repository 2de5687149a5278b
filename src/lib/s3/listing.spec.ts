// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { client, signal } from '../testing/fake-s3';
import { lastListed, peekText } from './xml';

const V2_PAGE =
	'<ListBucketResult><Name>bkt</Name><Prefix>dir a/</Prefix><KeyCount>1</KeyCount><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>' +
	'<NextContinuationToken>NEXT</NextContinuationToken><Contents><Key>dir%20a%2Fx%2By.txt</Key><Size>3</Size></Contents></ListBucketResult>';
const V1_PAGE =
	'<ListBucketResult><Name>bkt</Name><Prefix></Prefix><Marker></Marker><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>' +
	'<Contents><Key>a</Key><Size>1</Size></Contents><Contents><Key>b%20c</Key><Size>1</Size></Contents></ListBucketResult>';

describe('listing', () => {
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
