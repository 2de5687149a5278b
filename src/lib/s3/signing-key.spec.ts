import { describe, expect, it } from 'vitest';
import { toHex } from '../format/codec';
import { signingKey } from './signing-key';

describe('signingKey', () => {
	it('derives the signing key of the AWS documentation example', () => {
		// "Examples of how to derive a signing key for Signature Version 4" (AWS General Reference).
		const key = signingKey(
			'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
			'20120215',
			'us-east-1',
			'iam'
		);
		expect(toHex(key)).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
	});

	it('depends on every part of the scope', () => {
		const base = toHex(signingKey('secret', '20260101', 'us-east-1'));
		expect(toHex(signingKey('secret', '20260102', 'us-east-1'))).not.toBe(base);
		expect(toHex(signingKey('secret', '20260101', 'eu-west-1'))).not.toBe(base);
		expect(toHex(signingKey('secret', '20260101', 'us-east-1', 'iam'))).not.toBe(base);
		expect(toHex(signingKey('secreT', '20260101', 'us-east-1'))).not.toBe(base);
	});
});
