// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { client, signal } from '../testing/fake-s3';
import { parseEndpoint } from './endpoint';
import { NetworkError, S3Error, SharedOriginError } from './errors';

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
});
