// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseEndpoint } from './endpoint';
import { checkEndpoint, type EndpointCheckInput } from './endpoint-check';

const NOW = new Date('2026-11-30T12:00:00Z');
const input = (fetch: typeof globalThis.fetch): EndpointCheckInput => ({
	endpoint: parseEndpoint('https://s3.example.org'),
	region: 'us-east-1',
	addressing: 'path',
	credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
	bucket: 'demo',
	origin: 'https://app.example',
	now: () => NOW,
	nonce: 'abc',
	fetch
});

const xml = (body: string, status = 200) =>
	new Response(body, { status, headers: { 'content-type': 'application/xml' } });

describe('checkEndpoint', () => {
	it('reads each answer: SigV2 refused, clock ahead, the rule’s exposures, PUT, POST, versioning', async () => {
		const seen: string[] = [];
		const fetch = (async (url: string, init: RequestInit) => {
			const u = new URL(url);
			const method = init.method ?? 'GET';
			seen.push(
				`${method} ${u.pathname}${u.search.replace(/[?&](AWSAccessKeyId|Signature|Expires)=[^&]*/g, '')}`
			);
			if (method === 'HEAD' && u.searchParams.has('Signature'))
				return new Response(null, { status: 403 });
			if (method === 'HEAD') {
				return new Response(null, {
					status: 200,
					headers: { date: 'Mon, 30 Nov 2026 12:00:05 GMT' }
				});
			}
			if (u.searchParams.has('cors')) {
				return xml(
					'<CORSConfiguration><CORSRule><AllowedOrigin>https://other.example</AllowedOrigin><AllowedMethod>GET</AllowedMethod><ExposeHeader>ETag</ExposeHeader><ExposeHeader>Content-Range</ExposeHeader></CORSRule>' +
						'<CORSRule><AllowedOrigin>https://*.example</AllowedOrigin><AllowedMethod>GET</AllowedMethod><ExposeHeader>etag</ExposeHeader></CORSRule></CORSConfiguration>'
				);
			}
			if (u.searchParams.has('versioning')) {
				return xml('<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>');
			}
			if (method === 'PUT') {
				expect(new Headers(init.headers).get('x-amz-copy-source')).toBe('/demo/.probe-source-abc');
				return xml('<Error><Code>NoSuchKey</Code></Error>', 404);
			}
			throw new TypeError('Failed to fetch'); // POST: CORS refused it
		}) as typeof globalThis.fetch;

		const report = await checkEndpoint(input(fetch), new AbortController().signal);
		expect(report).toEqual({
			sigV2: 'refused',
			clockOffsetMs: 5000,
			exposes: { ETag: 'yes', Date: 'yes', 'Content-Range': 'no' },
			methods: { PUT: 'yes', POST: 'no' },
			versioning: 'Enabled'
		});
		expect(seen).toContain('PUT /demo/.endpoint-check-abc');
		expect(seen).toContain('POST /demo?delete=');
	});

	it('answers "unknown" everywhere when the server never answers, and does not throw', async () => {
		const fetch = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof globalThis.fetch;
		expect(await checkEndpoint(input(fetch), new AbortController().signal)).toEqual({
			sigV2: 'unknown',
			clockOffsetMs: null,
			exposes: { ETag: 'unknown', Date: 'unknown', 'Content-Range': 'unknown' },
			methods: { PUT: 'unknown', POST: 'unknown' },
			versioning: 'unknown'
		});
	});

	it('takes a SigV2 404 as accepted: the signature was good, the bucket missing', async () => {
		const fetch = (async (url: string) =>
			new URL(url).searchParams.has('Signature')
				? new Response(null, { status: 404 })
				: xml('<Error><Code>AccessDenied</Code></Error>', 403)) as typeof globalThis.fetch;
		const report = await checkEndpoint(input(fetch), new AbortController().signal);
		expect(report.sigV2).toBe('accepted');
		expect(report.versioning).toBe('unknown');
	});

	it('watches a ranged GET when the rule itself is unreadable (as on Ceph RGW)', async () => {
		const ranges: string[] = [];
		const fetch = (async (url: string, init: RequestInit) => {
			const u = new URL(url);
			if (u.searchParams.has('cors')) throw new TypeError('Failed to fetch');
			if (u.searchParams.get('list-type') === '2') {
				return xml(
					'<ListBucketResult><KeyCount>2</KeyCount><IsTruncated>false</IsTruncated>' +
						'<Contents><Key>dir/</Key><Size>0</Size></Contents>' +
						'<Contents><Key>a b.txt</Key><Size>5</Size></Contents></ListBucketResult>'
				);
			}
			if (u.pathname === '/demo/a%20b.txt') {
				ranges.push(new Headers(init.headers).get('range') ?? '');
				// Content-Range exposed, ETag hidden by the rule.
				return new Response('h', { status: 206, headers: { 'content-range': 'bytes 0-0/5' } });
			}
			return new Response(null, { status: 200 });
		}) as typeof globalThis.fetch;
		const report = await checkEndpoint(input(fetch), new AbortController().signal);
		expect(ranges).toEqual(['bytes=0-0']);
		expect(report.exposes).toEqual({ ETag: 'no', Date: 'unknown', 'Content-Range': 'yes' });
	});
});
