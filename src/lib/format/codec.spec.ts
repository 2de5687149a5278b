import { describe, expect, it } from 'vitest';
import {
	fromBase64,
	fromBase64Url,
	fromHex,
	textFromBase64Url,
	textToBase64Url,
	toBase64,
	toBase64Url,
	toHex
} from './codec';

const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('byte codecs', () => {
	it('writes lower-case hex, two digits a byte', () => {
		expect(toHex(Uint8Array.of(0, 1, 15, 16, 171, 255))).toBe('00010f10abff');
	});

	it('reads hex back, and refuses odd lengths and non-hex characters', () => {
		expect(fromHex(toHex(allBytes))).toEqual(allBytes);
		expect(fromHex('ABff')).toEqual(Uint8Array.of(0xab, 0xff));
		expect(() => fromHex('abc')).toThrow();
		expect(() => fromHex('zz')).toThrow();
	});

	it('matches Node for base64 and base64url, and round-trips every byte value', () => {
		expect(toBase64(allBytes)).toBe(Buffer.from(allBytes).toString('base64'));
		expect(toBase64Url(allBytes)).toBe(Buffer.from(allBytes).toString('base64url'));
		expect(fromBase64(toBase64(allBytes))).toEqual(allBytes);
		expect(fromBase64Url(toBase64Url(allBytes))).toEqual(allBytes);
		// unpadded input of every length remainder
		for (const n of [1, 2, 3, 4]) {
			const bytes = allBytes.slice(0, n);
			expect(fromBase64(toBase64(bytes).replace(/=+$/, ''))).toEqual(bytes);
		}
	});

	it('carries UTF-8 text and refuses bytes that are not UTF-8', () => {
		const text = 'データ/file name.txt';
		expect(textFromBase64Url(textToBase64Url(text))).toBe(text);
		expect(() => textFromBase64Url(toBase64Url(Uint8Array.of(0xff, 0xfe)))).toThrow();
		expect(() => fromBase64('*not base64*')).toThrow();
	});
});
