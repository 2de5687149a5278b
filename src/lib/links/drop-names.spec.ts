import { describe, expect, it } from 'vitest';
import { shortSuffix, storedName, withSuffix } from './drop-names';

/** Random bytes from a fixed list, for reproducible suffixes. */
function bytes(...values: number[]) {
	let i = 0;
	return (n: number) => Uint8Array.from({ length: n }, () => values[i++ % values.length]);
}

describe('drop folder names', () => {
	it('keeps a name nobody has used, Japanese and spaces included', () => {
		const taken = ['other.txt'];
		expect(storedName('測定 データ 1.csv', taken, bytes(1))).toBe('測定 データ 1.csv');
	});

	it('adds a short suffix before the extension when the name is taken', () => {
		const taken = ['IMG_0001.jpg'];
		const name = storedName('IMG_0001.jpg', taken, bytes(1, 2, 3));
		expect(name).toMatch(/^IMG_0001-[0-9a-z]{4}\.jpg$/);
		expect(name).not.toBe('IMG_0001.jpg');
	});

	it('adds the suffix to every name when the folder could not be checked', () => {
		expect(storedName('a.txt', null, bytes(9))).toMatch(/^a-[0-9a-z]{4}\.txt$/);
	});

	it('draws again when the suffixed name is taken too', () => {
		const first = withSuffix('a.txt', shortSuffix(bytes(1, 2, 3)));
		const taken = ['a.txt', first];
		const name = storedName('a.txt', taken, bytes(1, 2, 3, 4, 5, 6));
		expect(name).not.toBe(first);
		expect(name).toMatch(/^a-[0-9a-z]{4}\.txt$/);
	});

	it('puts the suffix before the first extension, and after dot-files and bare names', () => {
		expect(withSuffix('run.tar.gz', 'k3x9')).toBe('run-k3x9.tar.gz');
		expect(withSuffix('.env', 'k3x9')).toBe('.env-k3x9');
		expect(withSuffix('README', 'k3x9')).toBe('README-k3x9');
	});
});
