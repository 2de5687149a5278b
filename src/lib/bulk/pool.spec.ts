import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEndpoint } from '$lib/s3/endpoint';
import { InputError, SigningError } from '$lib/s3/errors';
import { stubInsecureContext } from '$lib/s3/insecure-context';
import { presignKeysJs } from './batch-sigv4';
import { SignPool, createLinks, inThreadWorker, type WorkerLike } from './pool';
import { signFailure } from './sign-batch';
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

afterEach(() => vi.unstubAllGlobals());

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

	it('signs SigV4 and SigV2 batches on a page without WebCrypto, byte-identical', async () => {
		const some = items.slice(0, 50);
		const secure = await createLinks(job, some, { spawn: inThreadWorker, hash: 'webcrypto' });
		const secureV2 = await createLinks({ ...job, signer: 'v2' }, some, { spawn: inThreadWorker });
		stubInsecureContext();
		expect(globalThis.crypto.subtle).toBeUndefined();
		const plain = await createLinks(job, some, { spawn: inThreadWorker, hash: 'webcrypto' });
		const plainV2 = await createLinks({ ...job, signer: 'v2' }, some, { spawn: inThreadWorker });
		expect(plain.map((l) => l.url)).toEqual(secure.map((l) => l.url));
		expect(plainV2.map((l) => l.url)).toEqual(secureV2.map((l) => l.url));
		expect(plain.map((l) => l.url)).toEqual(
			presignKeysJs(
				job,
				some.map((i) => i.key)
			)
		);
	});

	it('keeps bad input as InputError, and turns anything unforeseen into words', async () => {
		await expect(
			createLinks({ ...job, expiresIn: 604801 }, items, { spawn: inThreadWorker })
		).rejects.toMatchObject({ name: 'InputError', message: expect.stringMatching(/7 days/) });
		const failing = (error: { name: string; message: string }) => (): WorkerLike => {
			const fake: WorkerLike = {
				onmessage: null,
				onerror: null,
				postMessage: ({ id }) =>
					queueMicrotask(() =>
						fake.onmessage?.({
							data: { id, error: { ...error, input: false } }
						} as MessageEvent)
					),
				terminate() {}
			};
			return fake;
		};
		const crash = {
			name: 'TypeError',
			message: "Cannot read properties of undefined (reading 'importKey')"
		};
		const failure = await createLinks(job, items, { spawn: failing(crash) }).catch((e) => e);
		expect(failure).toBeInstanceOf(SigningError);
		expect(failure.message).toMatch(/reload the page/i);
		expect(failure.message).not.toMatch(/TypeError|importKey/);
		expect(failure.cause).toMatch(/TypeError/); // kept for whoever debugs it
	});

	it('keeps bad input as its sentence and values across the worker boundary', async () => {
		const bad = new InputError('Field "{name}" is wrong.', 'query', { name: 'x' });
		const reported = signFailure(bad);
		expect(reported).toMatchObject({ input: true, template: 'Field "{name}" is wrong.' });
		const worker = (): WorkerLike => {
			const fake: WorkerLike = {
				onmessage: null,
				onerror: null,
				postMessage: ({ id }) =>
					queueMicrotask(() => fake.onmessage?.({ data: { id, error: reported } } as MessageEvent)),
				terminate() {}
			};
			return fake;
		};
		const failure = await createLinks(job, items, { spawn: worker }).catch((e) => e);
		expect(failure).toBeInstanceOf(InputError);
		expect(failure).toMatchObject({
			message: 'Field "x" is wrong.',
			template: 'Field "{name}" is wrong.',
			params: { name: 'x' },
			field: 'query'
		});
	});

	it('resolves an empty selection at once', async () => {
		expect(await createLinks(job, [], { spawn: inThreadWorker })).toEqual([]);
	});
});
