import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('toCsv', () => {
	it('quotes commas, quotes and line breaks, with CRLF rows', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['x,y', 'say "hi"'],
					['line\nbreak', 3]
				]
			)
		).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
	});
	it('defuses spreadsheet formulas in keys', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('@sum')).toBe("'@sum");
		expect(csvField('https://x/y?a=1')).toBe('https://x/y?a=1');
		expect(csvField(undefined)).toBe('');
	});
});
