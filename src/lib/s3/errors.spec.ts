import { describe, expect, it } from 'vitest';
import { InputError, SharedOriginError } from './errors';
import { parseEndpoint } from './endpoint';

describe('InputError', () => {
	it('shows the English sentence with its values, and keeps both apart for translation', () => {
		const e = new InputError('"{text}" is not a valid URL.', 'endpoint', { text: 'https://a b' });
		expect(e.message).toBe('"https://a b" is not a valid URL.');
		expect(e.template).toBe('"{text}" is not a valid URL.');
		expect(e.params).toEqual({ text: 'https://a b' });
		expect(e.field).toBe('endpoint');
	});

	it('leaves a sentence without values as it is, braces included', () => {
		const e = new InputError('Use {"a": 1} as JSON.');
		expect(e.message).toBe('Use {"a": 1} as JSON.');
		expect(e.params).toBeUndefined();
	});

	it('fills the values of the endpoint checks', () => {
		const path = (() => {
			try {
				parseEndpoint('https://s3.example.com/bucket');
			} catch (e) {
				return e as InputError;
			}
		})();
		expect(path?.params).toEqual({ path: '/bucket' });
		expect(path?.message).toContain('must not have a path ("/bucket")');
		const shared = new SharedOriginError('https://s3.example.org');
		expect(shared.message).toMatch(/^This page is served from https:\/\/s3\.example\.org,/);
		expect(shared.params).toEqual({ origin: 'https://s3.example.org' });
	});
});
