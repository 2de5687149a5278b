import { describe, expect, it } from 'vitest';
import { parseEndpoint } from '$lib/s3/endpoint';
import { InputError } from '$lib/s3/errors';
import { presignKeysJs } from './fast-sigv4';
import { SignPool, createLinks, inThreadWorker } from './pool';
import type { BulkJob } from './types';

const job: BulkJob = {
	signer: 'v4',
	endpoint: parseEndpoint('http://127.0.0.1:7480'),
	region: 'us-east-1',
	addressing: 'path',
	bucket: 'demo',
	credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
	expiresIn: 600,
	now: new Date('2026-01-01T00:00:00.400Z')
};
const items = Array.from({ length: 1234 }, (_, i) => ({ key: `p/obj-${i}.txt`, size: i }));

describe('SignPool', () => {
	it('signs every item in order across workers, with progress', async () => {
		const progress: number[] = [];
		const links = await createLinks(job, items, {
			size: 3,
			spawn: inThreadWorker,
			batchSize: 100,
			onProgress: (done) => progress.push(done)
		});
		expect(links.map((l) => l.key)).toEqual(items.map((i) => i.key));
		expect(links.map((l) => l.url)).toEqual(
			presignKeysJs(
				job,
				items.map((i) => i.key)
			)
		);
		expect(links[5]).toMatchObject({ size: 5, expiresAt: '2026-01-01T00:10:00.000Z' });
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(1234);
		expect(progress.length).toBe(1 + 13);
	});

	it('stops on Cancel with an AbortError', async () => {
		const controller = new AbortController();
		const pool = new SignPool({ size: 2, spawn: inThreadWorker });
		const run = pool.sign(job, items, {
			batchSize: 10,
			signal: controller.signal,
			onProgress: (done) => done >= 40 && controller.abort()
		});
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		// The pool is still usable afterwards.
		expect(await pool.sign(job, items.slice(0, 3))).toHaveLength(3);
		pool.close();
	});

	it('passes signing errors through as InputError', async () => {
		await expect(
			createLinks({ ...job, expiresIn: 0 }, items, { spawn: inThreadWorker })
		).rejects.toBeInstanceOf(InputError);
	});

	it('signs SigV2 batches too', async () => {
		const links = await createLinks({ ...job, signer: 'v2' }, items.slice(0, 3), {
			spawn: inThreadWorker
		});
		expect(links[0].url).toMatch(
			/^http:\/\/127\.0\.0\.1:7480\/demo\/p\/obj-0\.txt\?AWSAccessKeyId=AK&Signature=.+&Expires=1767226200$/
		);
	});

	it('resolves an empty selection at once', async () => {
		expect(await createLinks(job, [], { spawn: inThreadWorker })).toEqual([]);
	});
});
