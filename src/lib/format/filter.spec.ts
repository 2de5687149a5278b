import { describe, expect, it } from 'vitest';
import { filterKeys } from './filter';

const items = ['p/Report 2026.PDF', 'p/notes.txt', 'p/report-old.pdf', 'p/x'].map((key) => ({
	key
}));

describe('filterKeys', () => {
	it('matches a case-insensitive substring of the name below the prefix', () => {
		expect(filterKeys(items, ' REPORT ', 2).map((i) => i.key)).toEqual([
			'p/Report 2026.PDF',
			'p/report-old.pdf'
		]);
		expect(filterKeys(items, 'p/', 2)).toEqual([]);
		expect(filterKeys(items, '', 2)).toEqual(items);
		expect(filterKeys([{ key: 'İİ/abc' }], 'abc', 3)).toHaveLength(1);
		expect(filterKeys([{ key: 'İİ/abc' }], '/', 3)).toHaveLength(0);
	});
});
