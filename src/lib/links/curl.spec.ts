import { describe, expect, it } from 'vitest';
import { baseName, curlCommand, shellDoubleQuote, shellWord } from './curl';

const url = 'https://s3.example.com/b/a%20b.txt?X-Amz-Signature=abc&X-Amz-Expires=60';

describe('curlCommand', () => {
	it('downloads GET links to the key name', () => {
		expect(curlCommand({ method: 'GET', url, key: 'dir/report.pdf' })).toBe(
			`curl -o report.pdf "${url}"`
		);
	});
	it('uploads with -T for PUT links, with required headers', () => {
		expect(
			curlCommand({
				method: 'PUT',
				url,
				key: 'up/photo 1.png',
				headers: { 'content-type': 'image/png' }
			})
		).toBe(`curl -T 'photo 1.png' -H 'content-type: image/png' "${url}"`);
	});
	it('quotes names that the shell would interpret', () => {
		expect(shellWord("it's $HOME.txt")).toBe(`'it'\\''s $HOME.txt'`);
		expect(shellWord('データ.txt')).toBe(`'データ.txt'`);
		expect(shellDoubleQuote('a"$`\\b')).toBe('"a\\"\\$\\`\\\\b"');
	});
	it('names keys without a file name "download"', () => {
		expect(baseName('folder/')).toBe('download');
		expect(baseName('a/b/c.txt')).toBe('c.txt');
	});
});
