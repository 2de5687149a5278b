// Every botocore vector (fixtures/vectors.json) reproduced byte for byte with our own presignUrl.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExpiryTooLongError } from './expiry';
import { request, vectors, type Vector } from './fixtures/vectors';
import { hashing } from './hash';
import { stubInsecureContext } from './insecure-context';
import { presignUrl } from './presign';

/** Splits a URL without WHATWG normalisation (which would drop :443 and dot segments). */
function split(url: string) {
	const m = /^([a-z]+):\/\/([^/?#]+)([^?#]*)\?(.*)$/.exec(url);
	if (!m) throw new Error(`unparseable ${url}`);
	const query = m[4].split('&').map((pair) => {
		const [k, v = ''] = pair.split('=');
		return [decodeURIComponent(k), decodeURIComponent(v)];
	});
	return { scheme: m[1], host: m[2], path: m[3], query };
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('botocore vectors', () => {
	it('has exactly 54 cases: 41 SigV4 and 13 SigV2', () => {
		console.info(
			`vectors: ${vectors.length} (${vectors.filter((v) => v.signer === 'v4').length} v4)`
		);
		expect(vectors).toHaveLength(54);
		expect(vectors.filter((v) => v.signer === 'v4')).toHaveLength(41);
		expect(vectors.filter((v) => v.signer === 'v2')).toHaveLength(13);
	});

	for (const v of vectors.filter((x) => x.expectSmithyReject)) {
		it(`${v.id}: refused with ExpiryTooLongError`, async () => {
			await expect(presignUrl(request(v))).rejects.toBeInstanceOf(ExpiryTooLongError);
		});
	}

	async function expectVector(v: Vector): Promise<void> {
		const result = await presignUrl(request(v));
		const got = split(result.url);
		expect(got.scheme).toBe(v.expected.scheme);
		expect(got.host).toBe(v.expected.host);
		expect(got.path).toBe(v.expected.path);
		expect(got.query).toEqual(v.expected.query);
		expect(result.url).toBe(v.expected.url);
		expect(result.expiresAt.getTime() - result.signedAt.getTime()).toBe(v.expiresIn * 1000);
	}

	for (const v of vectors.filter((x) => !x.expectSmithyReject)) {
		it(`${v.id}`, () => expectVector(v));
	}

	// A page served over plain http from an intranet host has no crypto.subtle: same bytes there.
	for (const v of vectors.filter((x) => !x.expectSmithyReject)) {
		it(`${v.id} without WebCrypto (JavaScript fallback)`, async () => {
			stubInsecureContext();
			expect((await hashing()).name).toBe('js');
			await expectVector(v);
		});
	}

	it('SigV4 with the default hash runs on WebCrypto', async () => {
		const subtle = globalThis.crypto.subtle;
		const digest = vi.spyOn(subtle, 'digest');
		const importKey = vi.spyOn(subtle, 'importKey');
		const sign = vi.spyOn(subtle, 'sign');
		const v = vectors.find((x) => x.id === 'v4-aws-doc-example') as Vector;
		const result = await presignUrl(request(v));
		expect(result.url).toBe(v.expected.url);
		expect(digest).toHaveBeenCalled();
		expect(importKey).toHaveBeenCalled();
		expect(sign).toHaveBeenCalled();
	});

	it('SigV2 signs with HMAC-SHA1 on WebCrypto', async () => {
		const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
		const v = vectors.find((x) => x.id === 'v2-aws-doc-example') as Vector;
		expect((await presignUrl(request(v))).url).toBe(v.expected.url);
		expect(importKey).toHaveBeenCalledWith(
			'raw',
			expect.anything(),
			{ name: 'HMAC', hash: 'SHA-1' },
			false,
			['sign']
		);
	});
});
