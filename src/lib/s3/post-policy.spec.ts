// The POST policy signer must produce botocore's generate_presigned_post output byte for byte.
import { afterEach, describe, expect, it, vi } from 'vitest';
import data from './fixtures/post-vectors.json';
import { fromBase64 } from '../format/codec';
import { awsEndpoint, parseEndpoint, type Addressing } from './endpoint';
import { InputError, SharedOriginError } from './errors';
import { hashing } from './hash';
import { stubInsecureContext } from './insecure-context';
import { presignPost, pythonJson, type PostPolicyRequest } from './post-policy';

afterEach(() => vi.unstubAllGlobals());

type Vector = (typeof data.vectors)[number];

function request(v: Vector): PostPolicyRequest {
	return {
		signer: v.signer as 'v4' | 'v2',
		endpoint: v.endpoint === null ? awsEndpoint(v.region) : parseEndpoint(v.endpoint),
		region: v.region,
		addressing: v.addressing as Addressing,
		bucket: v.bucket,
		prefix: v.prefix,
		maxBytes: v.maxBytes,
		contentTypePrefix: v.contentTypePrefix,
		credentials: {
			accessKeyId: v.accessKeyId,
			secretAccessKey: v.secretAccessKey,
			sessionToken: v.sessionToken ?? undefined
		},
		expiresIn: v.expiresIn,
		// A fraction of a second is dropped, as botocore's timestamps drop it.
		now: new Date(Date.parse(v.signingTime) + 999)
	};
}

describe('presignPost against botocore generate_presigned_post', () => {
	it('has vectors for SigV4, SigV2, session tokens and non-ASCII folders', () => {
		const ids = data.vectors.map((v) => v.id);
		expect(ids).toEqual(expect.arrayContaining(['v4-japanese-folder', 'v2-token']));
		expect(data.vectors.filter((v) => v.signer === 'v2').length).toBeGreaterThanOrEqual(3);
	});

	for (const v of data.vectors) {
		it(`vector ${v.id}`, async () => {
			const post = await presignPost(request(v));
			expect(post.url).toBe(v.expected.url);
			// Same fields, same values, in botocore's order.
			expect(Object.entries(post.fields)).toEqual(Object.entries(v.expected.fields));
			expect(new TextDecoder().decode(fromBase64(post.fields.policy))).toBe(
				pythonJson(post.policy)
			);
			expect(post.expiresAt.toISOString()).toBe(
				new Date(Date.parse(v.signingTime) + v.expiresIn * 1000).toISOString()
			);
		});
	}

	it('signs the same without WebCrypto (the JavaScript fallback)', async () => {
		stubInsecureContext();
		expect((await hashing()).name).toBe('js');
		for (const v of data.vectors) {
			const post = await presignPost(request(v));
			expect(Object.entries(post.fields), v.id).toEqual(Object.entries(v.expected.fields));
		}
	});
});

describe('presignPost refuses before signing', () => {
	const base = request(data.vectors[0]);

	it('an empty folder (the whole bucket would be writable)', async () => {
		await expect(presignPost({ ...base, prefix: '' })).rejects.toThrow(/Choose a folder/);
	});

	it('a size limit that is not a positive whole number', async () => {
		for (const maxBytes of [0, -1, 1.5, Number.NaN])
			await expect(presignPost({ ...base, maxBytes })).rejects.toBeInstanceOf(InputError);
	});

	it('a content type with spaces or non-ASCII', async () => {
		for (const contentTypePrefix of ['image/ png', 'bild/ü'])
			await expect(presignPost({ ...base, contentTypePrefix })).rejects.toThrow(/content type/);
	});

	it("a form that would post to the page's own origin", async () => {
		await expect(
			presignPost({ ...base, pageOrigin: 'http://127.0.0.1:7480' })
		).rejects.toBeInstanceOf(SharedOriginError);
	});

	it('accepts a SigV4 policy longer than the 7-day cap of presigned URLs', async () => {
		const post = await presignPost({ ...base, expiresIn: 30 * 86400 });
		expect(post.policy.expiration).toBe('2026-03-02T23:59:59Z');
	});
});

describe('pythonJson', () => {
	it('writes what json.dumps writes', () => {
		expect(pythonJson({ a: ['x', 1], b: { 'é"\\': '日本\u007f😀\n' } })).toBe(
			'{"a": ["x", 1], "b": {"\\u00e9\\"\\\\": "\\u65e5\\u672c\\u007f\\ud83d\\ude00\\n"}}'
		);
	});
});
