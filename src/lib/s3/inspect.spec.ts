import { describe, expect, it } from 'vitest';
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { japanese } from '../testing/japanese';
import data from './fixtures/vectors.json';
import { awsEndpoint, parseEndpoint } from './endpoint';
import { InputError } from './errors';
import { inspectPresignedUrl } from './inspect';
import { presignUrl } from './presign';

const AWS_DOC =
	'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';

describe('inspectPresignedUrl', () => {
	it('reads a SigV4 AWS virtual-hosted link', () => {
		const r = inspectPresignedUrl(AWS_DOC, new Date('2013-05-24T12:00:00Z'));
		expect(r).toMatchObject({
			signer: 'v4',
			origin: 'https://examplebucket.s3.amazonaws.com',
			bucket: 'examplebucket',
			bucketSource: 'virtual-host',
			key: 'test.txt',
			accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
			region: 'us-east-1',
			expiresIn: 86400,
			remainingSeconds: 43200,
			expired: false,
			sessionToken: false
		});
		expect(r.signedAt?.toISOString()).toBe('2013-05-24T00:00:00.000Z');
		expect(r.expiresAt.toISOString()).toBe('2013-05-25T00:00:00.000Z');
		expect(inspectPresignedUrl(AWS_DOC, new Date('2013-05-25T00:00:00Z')).expired).toBe(true);
	});

	it('reads every vector URL: key, expiry, signer, token and overrides', () => {
		for (const v of data.vectors) {
			const r = inspectPresignedUrl(v.expected.url, new Date(v.signingTime));
			expect(r.signer, v.id).toBe(v.signer);
			expect(r.accessKeyId, v.id).toBe(v.accessKeyId);
			expect(r.sessionToken, v.id).toBe(Boolean(v.sessionToken));
			expect(r.remainingSeconds, v.id).toBe(v.expiresIn);
			expect(r.overrides, v.id).toEqual(Object.fromEntries(v.query));
			if (v.expected.addressingEffective === 'path' || r.bucketSource === 'virtual-host') {
				expect(r.bucket, v.id).toBe(v.bucket);
				expect(r.key, v.id).toBe(v.key);
			}
		}
	});

	it('round-trips presign → inspect, including tricky keys and custom endpoints', async () => {
		const now = new Date('2024-06-15T12:34:56Z');
		for (const [endpoint, key, signer] of [
			[parseEndpoint('http://127.0.0.1:7480'), 'dir a/with space.txt', 'v4'],
			[parseEndpoint('http://127.0.0.1:7480'), 'a/./b/../c%20+~.txt', 'v2'],
			[awsEndpoint('eu-west-1'), 'データ/ファイル 1.txt', 'v4']
		] as const) {
			const signed = await presignUrl({
				signer,
				method: 'GET',
				endpoint,
				region: 'eu-west-1',
				addressing: 'path',
				bucket: 'bkt',
				key,
				credentials: { accessKeyId: 'AK', secretAccessKey: 'SK', sessionToken: 'tok' },
				expiresIn: 900,
				now,
				sha256: JsSha256,
				query: [['response-content-type', 'text/plain']]
			});
			const r = inspectPresignedUrl(signed.url, now);
			expect(r).toMatchObject({
				signer,
				bucket: 'bkt',
				key,
				remainingSeconds: 900,
				sessionToken: true
			});
			expect(r.expiresAt).toEqual(signed.expiresAt);
			expect(r.overrides).toEqual({ 'response-content-type': 'text/plain' });
		}
	});

	it('lists signed headers a PUT link needs', () => {
		const v = data.vectors.find((x) => x.id === 'v4-put-meta-sse')!;
		expect(inspectPresignedUrl(v.expected.url, new Date(v.signingTime)).signedHeaders).toEqual([
			'x-amz-meta-owner',
			'x-amz-server-side-encryption'
		]);
	});

	it.each([
		['hello world', /complete link/],
		['ftp://x/y', /complete link/],
		['https://example.com/file.txt?a=1', /not a presigned S3 URL/],
		[
			'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=x&X-Amz-Date=1&X-Amz-Expires=1&X-Amz-Signature=a',
			/Credential/
		],
		['https://h/b/k?AWSAccessKeyId=a&Signature=s&Expires=soon', /SigV2/]
	])('refuses %j', (text, message) => {
		expect(() => inspectPresignedUrl(text, new Date(0))).toThrow(InputError);
		expect(() => inspectPresignedUrl(text, new Date(0))).toThrow(message);
	});

	it('says every refusal in a sentence the Japanese interface has', () => {
		const good =
			'https://h/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F20250101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=a';
		const refused = [
			'hello world',
			'ftp://x/y',
			'https://example.com/file.txt?a=1',
			good.replace('AWS4-HMAC-SHA256', 'AWS4-ECDSA-P256-SHA256'),
			good.replace(/X-Amz-Credential=[^&]*/, 'X-Amz-Credential=x'),
			good.replace('20250101T000000Z', 'soon'),
			good.replace('X-Amz-Expires=60', 'X-Amz-Expires=later'),
			good.replace('X-Amz-Signature=a', 'X-Amz-Signature='),
			good.replace('/b/k?', '/b/%E0%A4%A?'),
			good.replace('/b/k?', '/%E0%A4%A/k?'),
			'https://h/b/k?AWSAccessKeyId=a&Signature=s&Expires=soon'
		].map((text) => {
			try {
				inspectPresignedUrl(text, new Date(0));
			} catch (e) {
				return e as InputError;
			}
			throw new Error(`${text} was not refused`);
		});
		expect(refused.filter((e) => !(e instanceof InputError))).toEqual([]);
		expect(new Set(refused.map((e) => e.template)).size).toBe(refused.length - 1);
		expect(refused.filter((e) => !Object.hasOwn(japanese, e.template))).toEqual([]);
	});
});
