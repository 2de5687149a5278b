import { describe, expect, it } from 'vitest';
import { phoneUploadUrl, readPhoneUpload } from './phone-link';

const put =
	'http://127.0.0.1:7480/demo/%E3%83%87%E3%83%BC%E3%82%BF/a%20b.txt?X-Amz-Credential=K%2F2025&X-Amz-Signature=ab';

describe('phone upload link', () => {
	it('puts the PUT URL in the fragment only, and reads it back', () => {
		const link = phoneUploadUrl('https://host/bucket/app/index.html?x=1#/other', {
			url: put,
			contentType: 'image/png'
		});
		const parsed = new URL(link);
		expect(parsed.origin + parsed.pathname + parsed.search).toBe(
			'https://host/bucket/app/index.html'
		);
		expect(parsed.hash.startsWith('#/upload?put=')).toBe(true);
		expect(link).not.toContain('%');
		expect(readPhoneUpload(parsed.hash)).toEqual({ url: put, contentType: 'image/png' });
	});
	it('survives the hash router decoding the fragment once', () => {
		const hash = new URL(phoneUploadUrl('https://h/', { url: put })).hash;
		expect(readPhoneUpload(decodeURIComponent(hash))).toEqual({ url: put });
	});
	it('carries the bucket, so a virtual-hosted address can be told from a path-style one', () => {
		const hash = new URL(phoneUploadUrl('https://h/', { url: put, bucket: 'demo' })).hash;
		expect(readPhoneUpload(hash)).toEqual({ url: put, bucket: 'demo' });
	});
	it('has nothing without a payload, and calls a broken one damaged', () => {
		expect(readPhoneUpload('#/upload')).toBeNull();
		expect(readPhoneUpload('#/upload?put=')).toBeNull();
		expect(() => readPhoneUpload('#/upload?put=!!!')).toThrow(/damaged/);
		expect(() => readPhoneUpload(`#/upload?put=${btoa('a b')}`)).toThrow(/damaged/);
		expect(() => readPhoneUpload(`#/upload?put=${btoa(put)}&type=${btoa('x\r\ny: z')}`)).toThrow(
			/damaged/
		);
	});
});
