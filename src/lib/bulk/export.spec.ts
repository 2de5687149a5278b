import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, linksToCsv, linksToJson, linksToShell, localPath, shellQuote } from './export';
import type { BulkLink } from './types';
import { parseCsv } from '../../../tests/support/csv';

const link = (key: string, size = 1): BulkLink => ({
	key,
	size,
	url: `https://s3.example.com/b/${encodeURIComponent(key)}?X-Amz-Signature=ab'cd`,
	expiresAt: '2026-02-01T00:00:00.000Z'
});

describe('CSV export', () => {
	it('quotes commas, quotes and line breaks, and round-trips', () => {
		const keys = ['plain.txt', 'a,b.txt', 'say "hi".txt', 'two\nlines.txt', ' padded '];
		const rows = parseCsv(linksToCsv(keys.map((k) => link(k, 42))));
		expect(rows[0]).toEqual(['key', 'size', 'url', 'expires_at']);
		expect(rows.slice(1).map((r) => r[0])).toEqual(keys);
		expect(rows[1]).toEqual(['plain.txt', '42', link('plain.txt').url, '2026-02-01T00:00:00.000Z']);
	});

	it('defuses keys that a spreadsheet would run as formulas', () => {
		for (const key of ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tx'])
			expect(parseCsv(linksToCsv([link(key)]))[1][0]).toBe(`'${key}`);
		expect(csvField('a=b')).toBe('a=b');
	});

	it('ends every line with CRLF', () => {
		expect(linksToCsv([link('a')])).toMatch(/^key,size,url,expires_at\r\na,1,[^\r\n]+\r\n$/);
	});
});

describe('JSON export', () => {
	it('has the job facts and one entry per link', () => {
		const parsed = JSON.parse(
			linksToJson([link('a/b.txt', 3)], { bucket: 'demo', prefix: 'a/', signer: 'v4' })
		);
		expect(parsed).toMatchObject({ bucket: 'demo', prefix: 'a/', signer: 'v4', count: 1 });
		expect(parsed.links[0]).toEqual({
			key: 'a/b.txt',
			size: 3,
			url: link('a/b.txt').url,
			expires_at: '2026-02-01T00:00:00.000Z'
		});
	});
});

describe('shell script export', () => {
	it('single-quotes everything, including quotes', () => {
		expect(shellQuote("it's")).toBe(`'it'\\''s'`);
		expect(shellQuote('$(rm -rf /)`x`')).toBe(`'$(rm -rf /)\`x\`'`);
	});

	it('maps keys below the prefix and never leaves the target directory', () => {
		expect(localPath('p/a/b.txt', 'p/')).toBe('a/b.txt');
		expect(localPath('p/../../etc/passwd', 'p/')).toBe('_../_../etc/passwd');
		expect(localPath('/abs/x', '')).toBe('abs/x');
		expect(localPath('p/dir/', 'p/')).toBeNull();
		expect(localPath('p/./a//b', 'p/')).toBe('a/b');
	});

	it('recreates the tree when run by sh (curl stubbed), with hostile keys kept inside', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bulk-sh-'));
		const bin = join(dir, 'bin');
		execFileSync('mkdir', ['-p', bin, join(dir, 'out')]);
		// Fake curl: writes the URL it was given into the -o file.
		writeFileSync(
			join(bin, 'curl'),
			'#!/bin/sh\nwhile [ $# -gt 0 ]; do case $1 in -o) out=$2; shift;; -*) ;; *) url=$1;; esac; shift; done\nprintf %s "$url" > "$out"\n'
		);
		chmodSync(join(bin, 'curl'), 0o755);
		const keys = [
			'p/readme.txt',
			"p/it's here/$(touch pwned).txt",
			'p/../../escape.txt',
			'p//abs/x.txt',
			'p/-rf/dash.txt',
			'p/new\nline/f.txt',
			'p/folder/',
			'p/a/_../b',
			'p/a/../b'
		];
		const script = linksToShell(
			keys.map((k) => link(k)),
			{ bucket: 'demo', prefix: 'p/', signer: 'v4' }
		);
		writeFileSync(join(dir, 'get.sh'), script);
		execFileSync('sh', [join(dir, 'get.sh'), join(dir, 'out')], {
			cwd: dir,
			env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }
		});
		const files = (
			readdirSync(join(dir, 'out'), {
				recursive: true,
				withFileTypes: true
			}) as import('node:fs').Dirent[]
		)
			.filter((d) => d.isFile())
			.map((d) => relative(join(dir, 'out'), join(d.parentPath, d.name)))
			.sort();
		expect(files).toEqual(
			[
				'-rf/dash.txt',
				'_../_../escape.txt',
				'a/_../b',
				'a/_../b~2',
				'abs/x.txt',
				"it's here/$(touch pwned).txt",
				'new\nline/f.txt',
				'readme.txt'
			].sort()
		);
		expect(readdirSync(dir).sort()).toEqual(['bin', 'get.sh', 'out']); // nothing escaped, nothing ran
		expect(readFileSync(join(dir, 'out', 'readme.txt'), 'utf8')).toBe(link('p/readme.txt').url);
	});
});
