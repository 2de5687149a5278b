import { describe, expect, it } from 'vitest';
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { parseEndpoint } from './endpoint';
import { InputError, SharedOriginError } from './errors';
import { ExpiryTooLongError, signingSecond } from './expiry';
import {
	contentDispositionAttachment,
	presignUrl,
	validateSigningJob,
	type PresignRequest
} from './presign';

const base: PresignRequest = {
	signer: 'v4',
	method: 'GET',
	endpoint: parseEndpoint('http://127.0.0.1:7480'),
	region: 'us-east-1',
	addressing: 'path',
	bucket: 'my-bucket',
	key: 'a b.txt',
	credentials: {
		accessKeyId: 'TESTACCESSKEY1234567',
		secretAccessKey: 'testsecretkey1234567890abcdefghijklmnopq'
	},
	expiresIn: 3600,
	now: new Date('2024-06-15T12:34:56.789Z'),
	sha256: JsSha256
};

async function rejection(overrides: Partial<PresignRequest>): Promise<unknown> {
	return presignUrl({ ...base, ...overrides }).then(
		() => undefined,
		(e: unknown) => e
	);
}

describe('presignUrl', () => {
	it('reports whole-second signing and expiry times, and required headers', async () => {
		const r = await presignUrl({
			...base,
			method: 'PUT',
			headers: { 'Content-Type': 'image/png' }
		});
		expect(r.signedAt.toISOString()).toBe('2024-06-15T12:34:56.000Z');
		expect(r.expiresAt.toISOString()).toBe('2024-06-15T13:34:56.000Z');
		expect(r.requiredHeaders).toEqual({ 'content-type': 'image/png' });
		expect(r.url).toContain('X-Amz-SignedHeaders=content-type%3Bhost');
		expect(r.url).not.toMatch(/checksum|x-id=/i);
	});

	it('SigV2 links may last until the end of year 9999', async () => {
		// Counted from the whole signing second, as the link's Expires is.
		const last = (Date.UTC(9999, 11, 31, 23, 59, 59) - signingSecond(base.now).getTime()) / 1000;
		const r = await presignUrl({ ...base, signer: 'v2', expiresIn: last });
		expect(r.expiresAt.getUTCFullYear()).toBe(9999);
		const e = await rejection({ signer: 'v2', expiresIn: last + 1 });
		expect(e).toBeInstanceOf(InputError);
		expect((e as InputError).field).toBe('expiresIn');
	});

	it('SigV2 has no 7-day cap', async () => {
		const r = await presignUrl({ ...base, signer: 'v2', expiresIn: 30 * 86400 });
		expect(r.url).toMatch(/Expires=\d+$/);
		expect(r.expiresAt.getTime() - r.signedAt.getTime()).toBe(30 * 86400 * 1000);
	});

	it('refuses SigV4 over 7 days with a message naming the limit', async () => {
		const e = await rejection({ expiresIn: 604801 });
		expect(e).toBeInstanceOf(ExpiryTooLongError);
		expect((e as Error).message).toMatch(/at most 7 days \(604800 seconds\).*SigV2/);
	});

	it.each<[string, Partial<PresignRequest>, RegExp]>([
		['empty key', { key: '' }, /object key/],
		['key over 1024 bytes', { key: '日'.repeat(342) }, /1026 bytes.*at most 1024/],
		['short bucket', { bucket: 'ab' }, /3 to 63/],
		['bucket with bad chars', { bucket: 'my bucket' }, /letters, digits/],
		['bucket ending in hyphen', { bucket: 'bucket-' }, /start and end/],
		['bucket with ..', { bucket: 'a..b' }, /two dots/],
		['IP-like bucket', { bucket: '192.168.1.1' }, /IP address/],
		['zero expiry', { expiresIn: 0 }, /at least 1 second/],
		['fractional expiry', { expiresIn: 1.5 }, /whole number/],
		['v2 negative expiry', { signer: 'v2', expiresIn: -5 }, /cannot be negative/],
		['v2 expiry past year 9999', { signer: 'v2', expiresIn: 1e20 }, /too far in the future/],
		[
			'missing access key',
			{ credentials: { accessKeyId: ' ', secretAccessKey: 'x' } },
			/access key/
		],
		['missing region for v4', { region: '' }, /region/],
		['reserved query', { query: [['X-Amz-Checksum-Mode', 'ENABLED']] }, /set by the signer/],
		[
			'duplicate query',
			{
				query: [
					['versionId', 'a'],
					['versionId', 'b']
				]
			},
			/twice/
		],
		['headers on GET', { headers: { 'content-type': 'x/y' } }, /PUT/],
		[
			'reserved header',
			{ method: 'PUT', headers: { 'x-amz-checksum-crc32': 'x' } },
			/set by the signer/
		],
		['non-ASCII header', { method: 'PUT', headers: { 'x-amz-meta-name': '山田' } }, /ASCII/]
	])('rejects %s', async (_, overrides, message) => {
		const e = await rejection(overrides);
		expect(e).toBeInstanceOf(InputError);
		expect((e as Error).message).toMatch(message);
	});

	it('refuses a link into the page’s own origin, for one link and for a batch', async () => {
		const virtual = {
			endpoint: parseEndpoint('https://s3.example.org'),
			addressing: 'virtual' as const,
			bucket: 'presign-app'
		};
		const e = await rejection({ ...virtual, pageOrigin: 'https://presign-app.s3.example.org' });
		expect(e).toBeInstanceOf(SharedOriginError);
		expect((e as SharedOriginError).origin).toBe('https://presign-app.s3.example.org');
		expect(() =>
			validateSigningJob({ ...base, ...virtual, pageOrigin: 'https://presign-app.s3.example.org' })
		).toThrow(SharedOriginError);
		// Another bucket on the same endpoint has another host: that one is fine.
		const other = await presignUrl({
			...base,
			...virtual,
			bucket: 'data',
			pageOrigin: 'https://presign-app.s3.example.org'
		});
		expect(new URL(other.url).host).toBe('data.s3.example.org');
	});

	it('signs a key of exactly 1024 bytes, and refuses one byte more', async () => {
		const longest = 'é'.repeat(511) + 'kk'; // 1024 bytes in UTF-8, 513 characters
		const { url } = await presignUrl({ ...base, key: longest });
		const parsed = new URL(url);
		expect(decodeURIComponent(parsed.pathname)).toBe(`/my-bucket/${longest}`);
		expect(parsed.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
		const e = await rejection({ key: longest + 'k' });
		expect(e).toBeInstanceOf(InputError);
		expect((e as Error).message).toBe(
			'The object key is 1025 bytes long in UTF-8; S3 allows at most 1024.'
		);
	});
});

describe('contentDispositionAttachment', () => {
	it('keeps plain ASCII names simple', () => {
		expect(contentDispositionAttachment('report final.pdf')).toBe(
			'attachment; filename="report final.pdf"'
		);
	});

	it('adds an RFC 5987 filename* for non-ASCII names', () => {
		expect(contentDispositionAttachment('報告書 (最終).pdf')).toBe(
			`attachment; filename="_ (_).pdf"; filename*=UTF-8''%E5%A0%B1%E5%91%8A%E6%9B%B8%20%28%E6%9C%80%E7%B5%82%29.pdf`
		);
	});

	it('neutralises quotes, backslashes and line breaks', () => {
		const v = contentDispositionAttachment('a"b\\c\r\nd.txt');
		expect(v).toBe(`attachment; filename="a_b_cd.txt"; filename*=UTF-8''a%22b%5Ccd.txt`);
		expect(v).not.toMatch(/[\r\n]/);
	});
});
