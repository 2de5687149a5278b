// The lean bulk signer must be byte-identical to presignUrl (smithy) and to botocore.
import { Sha256 } from '@aws-crypto/sha256-js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import data from '$lib/s3/fixtures/vectors.json';
import { awsEndpoint, parseEndpoint, type Addressing } from '$lib/s3/endpoint';
import { InputError } from '$lib/s3/errors';
import { ExpiryTooLongError } from '$lib/s3/expiry';
import { hashing } from '$lib/s3/hash';
import { stubInsecureContext } from '$lib/s3/insecure-context';
import { presignUrl } from '$lib/s3/presign';
import { presignV4 } from '$lib/s3/sigv4';
import { objectLocation } from '$lib/s3/endpoint';
import { presignKeysJs, presignKeysAsync, presignRequestsAsync } from './batch-sigv4';
import type { BulkJob } from './types';

beforeAll(() => vi.stubGlobal('self', globalThis));
// Restores the WebCrypto that the no-WebCrypto cases take away (and re-stubs `self`).
afterEach(() => {
	vi.unstubAllGlobals();
	vi.stubGlobal('self', globalThis);
});

/** Deterministic PRNG (mulberry32) so a failure names a reproducible key. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ALPHABET = [
	...'abcxyzABCXYZ0189',
	...` /+~%#?=&!'()*:@,;$-_.`,
	'..', '//', '日', '本', 'é', '😀', '\t', '\n', '"', '<', '>'
]; // prettier-ignore

function randomKey(next: () => number): string {
	const length = 1 + Math.floor(next() * 40);
	let key = '';
	for (let i = 0; i < length; i++) key += ALPHABET[Math.floor(next() * ALPHABET.length)];
	return key;
}

const JOBS: { name: string; job: BulkJob }[] = [
	['http://127.0.0.1:7480', 'path', ''],
	['https://s3.example.ac.jp:8443', 'virtual', ''],
	['https://s3.eu-west-1.amazonaws.com', 'virtual', 'FwoGZXIvYXdzE+token/with=chars'],
	['http://localhost:9000', 'virtual', '']
].map(([url, addressing, token], i) => ({
	name: `${url} ${addressing}${token ? ' + session token' : ''}`,
	job: {
		signer: 'v4',
		endpoint: parseEndpoint(url),
		region: i === 2 ? 'eu-west-1' : 'us-east-1',
		addressing: addressing as Addressing,
		bucket: i === 1 ? 'my-bucket' : 'demo',
		credentials: {
			accessKeyId: 'AKIDEXAMPLE',
			secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
			sessionToken: token || undefined
		},
		expiresIn: 3600 + i,
		now: new Date(Date.UTC(2026, 0, 31, 23, 59, 59, 900))
	}
}));

async function reference(job: BulkJob, key: string): Promise<string> {
	return (await presignUrl({ ...job, method: 'GET', key, sha256: Sha256 })).url;
}

describe('lean SigV4 bulk signer', () => {
	for (const { name, job } of JOBS) {
		it(`matches presignUrl for 250 random keys: ${name}`, async () => {
			const next = rng(name.length * 7919);
			const keys = Array.from({ length: 250 }, () => randomKey(next));
			const fast = presignKeysJs(job, keys);
			const crypto = await presignKeysAsync(job, keys);
			stubInsecureContext(); // a plain-http page: the JavaScript fallback signs
			expect((await hashing()).name).toBe('js');
			const fallback = await presignKeysAsync(job, keys);
			for (let i = 0; i < keys.length; i++) {
				const expected = await reference(job, keys[i]);
				expect(fast[i], JSON.stringify(keys[i])).toBe(expected);
				expect(crypto[i], JSON.stringify(keys[i])).toBe(expected);
				expect(fallback[i], JSON.stringify(keys[i])).toBe(expected);
			}
		});
	}

	type Vector = (typeof data.vectors)[number];
	const plainGets = (data.vectors as Vector[]).filter(
		(v) =>
			v.signer === 'v4' &&
			v.method === 'GET' &&
			v.query.length === 0 &&
			Object.keys(v.headers).length === 0 &&
			!v.expectSmithyReject
	);

	it('covers the plain GET botocore vectors', () => expect(plainGets.length).toBeGreaterThan(25));

	for (const v of plainGets) {
		it(`botocore vector ${v.id}`, async () => {
			const job: BulkJob = {
				signer: 'v4',
				endpoint:
					v.endpoint === null
						? awsEndpoint(v.region)
						: parseEndpoint(v.endpoint, { keepDefaultPort: true }),
				region: v.region,
				addressing: v.addressing as Addressing,
				bucket: v.bucket,
				credentials: {
					accessKeyId: v.accessKeyId,
					secretAccessKey: v.secretAccessKey,
					sessionToken: v.sessionToken ?? undefined
				},
				expiresIn: v.expiresIn,
				now: new Date(v.signingTime)
			};
			expect(presignKeysJs(job, [v.key])).toEqual([v.expected.url]);
			expect(await presignKeysAsync(job, [v.key])).toEqual([v.expected.url]);
			stubInsecureContext();
			expect(await presignKeysAsync(job, [v.key])).toEqual([v.expected.url]);
		});
	}

	it('refuses what presignUrl refuses, before signing', () => {
		const { job } = JOBS[0];
		expect(() => presignKeysJs({ ...job, expiresIn: 604801 }, ['a'])).toThrow(ExpiryTooLongError);
		expect(() => presignKeysJs({ ...job, bucket: 'x' }, ['a'])).toThrow(InputError);
		expect(() => presignKeysJs(job, [''])).toThrow(InputError);
		expect(() => presignKeysJs(job, ['k'.repeat(1025)])).toThrow(/1024/);
	});

	it('signs any method with its own query like smithy: the requests of a multipart upload', async () => {
		const { job } = JOBS[0];
		const key = 'big/ファイル 1.bin';
		const upload: [string, string] = ['uploadId', '2~aZ-_.+/= x'];
		const requests = [
			// Out of canonical order on purpose: the signer must sort.
			{ method: 'PUT' as const, key, query: [upload, ['partNumber', '17']] as [string, string][] },
			{
				method: 'GET' as const,
				key,
				query: [['max-parts', '1000'], ['part-number-marker', '2000'], upload] as [string, string][]
			},
			{ method: 'POST' as const, key, query: [upload] },
			{ method: 'DELETE' as const, key, query: [upload] },
			{ method: 'GET' as const, key: '.presign-tickets/a.json' }
		];
		const urls = await presignRequestsAsync(job, requests);
		for (let i = 0; i < requests.length; i++) {
			const r = requests[i];
			const loc = objectLocation({ ...job, key: r.key });
			const expected = await presignV4({
				// smithy signs any method; the app's presignV4 type lists the ones links use.
				method: r.method as 'PUT',
				protocol: loc.protocol,
				host: loc.host,
				urlHost: loc.urlHost,
				path: loc.path,
				region: job.region,
				credentials: job.credentials,
				expiresIn: job.expiresIn,
				now: new Date(Math.floor(job.now.getTime() / 1000) * 1000),
				query: r.query,
				sha256: Sha256
			});
			expect(urls[i], r.method).toBe(expected.url);
		}
	});

	it('botocore GET vectors with response-* overrides', async () => {
		const withQuery = (data.vectors as Vector[]).filter(
			(v) =>
				v.signer === 'v4' &&
				v.method === 'GET' &&
				v.query.length > 0 &&
				Object.keys(v.headers).length === 0 &&
				!v.expectSmithyReject
		);
		expect(withQuery.length).toBeGreaterThan(2);
		for (const v of withQuery) {
			const job: BulkJob = {
				signer: 'v4',
				endpoint:
					v.endpoint === null
						? awsEndpoint(v.region)
						: parseEndpoint(v.endpoint, { keepDefaultPort: true }),
				region: v.region,
				addressing: v.addressing as Addressing,
				bucket: v.bucket,
				credentials: {
					accessKeyId: v.accessKeyId,
					secretAccessKey: v.secretAccessKey,
					sessionToken: v.sessionToken ?? undefined
				},
				expiresIn: v.expiresIn,
				now: new Date(v.signingTime)
			};
			const query = v.query as [string, string][];
			expect(await presignRequestsAsync(job, [{ method: 'GET', key: v.key, query }])).toEqual([
				v.expected.url
			]);
		}
	});
});
