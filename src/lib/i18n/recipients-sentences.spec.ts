// Every sentence the recipients' pages and the request panel get from modules without a language
// (refusals of links, upload outcomes, form checks) has its Japanese entry, read from the source
// so that a sentence added later without one fails here.
import { describe, expect, it } from 'vitest';
import { japanese } from '$lib/testing/japanese';

const sources = import.meta.glob<string>(
	[
		'../links/{upload-target,phone-link,drop-link,drop-expiry,relay-view,relay-pack}.ts',
		'../tickets/{ticket-link,send-file,messages,manifest,create-ticket}.ts',
		'../s3/{post-policy,multipart}.ts',
		'../state/{upload,drop-request,drop-upload,ticket-upload,ticket-abort,relay-page}.svelte.ts'
	],
	{ query: '?raw', import: 'default', eager: true }
);

/**
 * Quoted string literals that read as a sentence (four words or more), outside comments; a
 * template with `${…}` inside is a value put together for logs, not a sentence shown.
 */
function sentencesIn(source: string): string[] {
	const code = source
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/^\s*\/\/.*$/gm, '')
		.replace(/\s\/\/ .*$/gm, '');
	const literals = code.matchAll(
		/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g
	);
	return [...literals]
		.map((m) => (m[1] ?? m[2] ?? m[3]).replace(/\\(.)/g, '$1'))
		.filter((text) => !text.includes('${'))
		.filter((text) => /^[A-Z({"“]/.test(text) && text.trim().split(/\s+/).length >= 4);
}

const translated = new Set(Object.keys(japanese));

describe('sentences of the recipients’ modules', () => {
	it('are found in the sources', () => {
		expect(Object.keys(sources).length).toBe(19);
	});

	it.each(Object.keys(sources))('%s: each has a Japanese entry', (file) => {
		const missing = sentencesIn(sources[file]).filter((text) => !translated.has(text));
		expect(missing).toEqual([]);
	});

	it('the ticket page’s wording of the upload-link refusals has its entries too', () => {
		const refusals = sentencesIn(sources['../links/upload-target.ts'])
			.filter((text) => text.includes('upload link'))
			.map((text) => text.replace(/upload link/g, 'ticket link'));
		expect(refusals.length).toBeGreaterThan(5);
		expect(refusals.filter((text) => !translated.has(text))).toEqual([]);
	});
});
