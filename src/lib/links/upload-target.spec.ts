import { describe, expect, it } from 'vitest';
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { parseEndpoint, presignUrl, type Addressing, type Signer } from '$lib/s3';
import { phoneUploadUrl } from './phone-link';
import { openPhoneUpload, vetPhoneUpload } from './upload-target';

const APP = 'https://app.example.com';
const now = new Date('2026-03-01T12:00:00Z');

async function putUrl(
	options: { endpoint?: string; addressing?: Addressing; signer?: Signer; expiresIn?: number } = {}
) {
	const signed = await presignUrl({
		signer: options.signer ?? 'v4',
		method: 'PUT',
		endpoint: parseEndpoint(options.endpoint ?? 'https://s3.example.net:7480'),
		region: 'us-east-1',
		addressing: options.addressing ?? 'path',
		bucket: 'photos',
		key: 'in box/a b.jpg',
		credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
		expiresIn: options.expiresIn ?? 900,
		now,
		sha256: JsSha256
	});
	return signed.url;
}

/** The fragment the app's QR code would carry for `url`. */
const fragment = (url: string, extra: { bucket?: string; contentType?: string } = {}) =>
	new URL(phoneUploadUrl(`${APP}/index.html`, { url, ...extra })).hash;

const refusal = (hash: string, at = now) => {
	const view = openPhoneUpload(hash, APP, at);
	return view.kind === 'refused' ? view.reason : `not refused: ${view.kind}`;
};

describe('vetPhoneUpload: where a file may go', () => {
	it('accepts a SigV4 presigned PUT, path-style, and shows host, bucket and key', async () => {
		const url = await putUrl();
		expect(vetPhoneUpload({ url, bucket: 'photos' }, APP, now)).toEqual({
			host: 's3.example.net:7480',
			bucket: 'photos',
			addressing: 'path',
			key: 'in box/a b.jpg',
			expiresAt: new Date(now.getTime() + 900_000)
		});
	});

	it('reads a virtual-hosted custom endpoint with the bucket the link names', async () => {
		const url = await putUrl({ addressing: 'virtual' });
		expect(new URL(url).host).toBe('photos.s3.example.net:7480');
		expect(vetPhoneUpload({ url, bucket: 'photos' }, APP, now)).toMatchObject({
			host: 'photos.s3.example.net:7480',
			bucket: 'photos',
			addressing: 'virtual',
			key: 'in box/a b.jpg'
		});
		// Without the bucket the address alone is ambiguous: say so instead of guessing silently.
		expect(vetPhoneUpload({ url }, APP, now)).toMatchObject({
			bucket: 'in box',
			addressing: 'path-assumed',
			key: 'a b.jpg'
		});
	});

	it('reads an AWS virtual-hosted SigV2 link', async () => {
		const url = await putUrl({
			endpoint: 'https://s3.amazonaws.com',
			addressing: 'virtual',
			signer: 'v2'
		});
		expect(vetPhoneUpload({ url, bucket: 'photos' }, APP, now)).toMatchObject({
			host: 'photos.s3.amazonaws.com',
			bucket: 'photos',
			addressing: 'virtual',
			key: 'in box/a b.jpg'
		});
	});

	it('refuses a bucket the address does not contain', async () => {
		const url = await putUrl();
		expect(() => vetPhoneUpload({ url, bucket: 'other' }, APP, now)).toThrow(
			/names bucket “other”, but its address s3\.example\.net:7480\/photos\//
		);
	});

	it('refuses a plain URL, a javascript: or data: URL, and user info', () => {
		expect(refusal(fragment('http://127.0.0.1:9/upload'))).toMatch(/not a presigned upload link/);
		expect(refusal(fragment('javascript:alert(1)'))).toMatch(/“javascript:” address/);
		expect(refusal(fragment('data:text/html,hi'))).toMatch(/“data:” address/);
		expect(
			refusal(
				fragment(
					'https://s3.amazonaws.com@evil.example/b/k?AWSAccessKeyId=A&Expires=9999999999&Signature=x'
				)
			)
		).toMatch(/user name or password/);
	});

	it("refuses the app's own origin, even with a valid-looking signature", async () => {
		const url = await putUrl({ endpoint: APP });
		expect(refusal(fragment(url))).toMatch(
			/app\.example\.com, the server this page itself comes from/
		);
	});

	it('refuses SigV4 links missing any signature parameter or with a malformed signature', async () => {
		const url = await putUrl();
		for (const name of [
			'X-Amz-SignedHeaders',
			'X-Amz-Signature',
			'X-Amz-Date',
			'X-Amz-Credential'
		]) {
			const broken = new URL(url);
			broken.searchParams.delete(name);
			expect(refusal(fragment(broken.href)), name).toMatch(/not a presigned upload link/);
		}
		const bad = new URL(url);
		bad.searchParams.set('X-Amz-Signature', 'zz');
		expect(refusal(fragment(bad.href))).toMatch(/not a presigned upload link/);
	});

	it('refuses download links (response-* overrides) and links to no object', async () => {
		const url = new URL(await putUrl());
		url.searchParams.set('response-content-type', 'text/html');
		expect(refusal(fragment(url.href))).toMatch(/download link/);
		const bucketOnly = new URL(await putUrl());
		bucketOnly.pathname = '/photos/';
		expect(refusal(fragment(bucketOnly.href))).toMatch(/names no object/);
	});

	it('refuses an expired link, SigV4 and SigV2, from the second it expires', async () => {
		for (const signer of ['v4', 'v2'] as const) {
			const url = await putUrl({ signer, expiresIn: 60 });
			expect(openPhoneUpload(fragment(url), APP, new Date(now.getTime() + 59_000)).kind).toBe(
				'ready'
			);
			expect(refusal(fragment(url), new Date(now.getTime() + 60_000)), signer).toMatch(
				/^This upload link expired on /
			);
		}
	});
});

describe('openPhoneUpload', () => {
	it('has nothing to do without a put= payload', () => {
		expect(openPhoneUpload('#/upload', APP, now)).toEqual({ kind: 'none' });
		expect(openPhoneUpload('', APP, now)).toEqual({ kind: 'none' });
	});

	it('calls a broken payload damaged', async () => {
		expect(refusal('#/upload?put=!!!')).toMatch(/damaged/);
		const good = fragment(await putUrl());
		expect(refusal(`${good}&type=${btoa('a\nb')}`)).toMatch(/damaged/);
		expect(refusal(`${good}&bucket=${btoa('..')}`)).toMatch(/damaged/);
	});

	it('carries the content type the link requires through to the uploader', async () => {
		const view = openPhoneUpload(fragment(await putUrl(), { contentType: 'image/jpeg' }), APP, now);
		expect(view.kind === 'ready' && view.upload.contentType).toBe('image/jpeg');
	});
});
