import { describe, expect, it } from 'vitest';
import { bundledCatalogues } from './catalogue';
import { placeholderNames } from './language';

/** Every Japanese part in the source tree, whether or not the catalogue loader names it. */
const parts = import.meta.glob<{ default: Record<string, string> }>('./ja/*.ts', { eager: true });
const entries = Object.entries(parts).flatMap(([file, part]) =>
	Object.entries(part.default).map(([english, japanese]) => ({ file, english, japanese }))
);
/** Japanese script or punctuation (kana, kanji, 「」（）): text written for a Japanese reader. */
const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

describe('Japanese catalogue', () => {
	it('keeps every placeholder of the English message, and adds none', () => {
		const mismatched = entries.filter(
			(e) => placeholderNames(e.japanese).join() !== placeholderNames(e.english).join()
		);
		expect(mismatched).toEqual([]);
	});

	it('is written in Japanese, with no empty message', () => {
		expect(entries.filter((e) => !e.japanese.trim() || !JAPANESE.test(e.japanese))).toEqual([]);
	});

	it('translates a message the same way wherever it appears', () => {
		const seen = new Map<string, string>();
		const differing = entries.filter((e) => {
			const earlier = seen.get(e.english);
			seen.set(e.english, e.japanese);
			return earlier !== undefined && earlier !== e.japanese;
		});
		expect(differing).toEqual([]);
	});

	it('loads every part: the first screen first, then all the others', async () => {
		const first = await bundledCatalogues.firstScreen('ja');
		const rest = await bundledCatalogues.rest('ja');
		const loaded = new Set([...Object.keys(first), ...Object.keys(rest)]);
		expect(entries.filter((e) => !loaded.has(e.english)).map((e) => e.file)).toEqual([]);
	});

	it('uses the terms of Japanese S3 documentation', async () => {
		const first = await bundledCatalogues.firstScreen('ja');
		expect(first['Access key ID']).toBe('アクセスキーID');
		expect(first['Secret access key']).toBe('シークレットアクセスキー');
		expect(first['Endpoint URL']).toBe('エンドポイントURL');
	});
});
