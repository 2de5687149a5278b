import { describe, expect, it } from 'vitest';
import { decodableFragment } from './fragment';

describe('decodableFragment', () => {
	it('leaves a fragment that decodes alone', () => {
		expect(decodableFragment('#/upload?put=abc')).toBe('#/upload?put=abc');
		expect(decodableFragment('#/a%20b')).toBe('#/a%20b');
	});
	it('makes a broken one decode back to its own text', () => {
		for (const broken of ['#/upload?put=%E0%A4%A', '#/x?y=%zz', '#/%']) {
			expect(() => decodeURIComponent(broken)).toThrow(URIError);
			expect(decodeURIComponent(decodableFragment(broken))).toBe(broken);
		}
	});
});
