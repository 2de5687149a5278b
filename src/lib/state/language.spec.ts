import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue, CatalogueSource } from '$lib/i18n/catalogue';
import { Language } from './language.svelte';
import { loadFromTab, saveToTab } from './tab-storage';

function fakeStorage() {
	const data = new Map<string, string>();
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

const FIRST: Catalogue = { Connect: '接続', 'After {minutes} minutes': '{minutes} 分後' };
const REST: Catalogue = { 'Create link': 'リンクを作成' };

/** A catalogue source that records what was asked for and answers when told to. */
function controlledSource() {
	const asked: string[] = [];
	const pending = new Map<
		string,
		{ resolve: (c: Catalogue) => void; reject: (e: Error) => void }
	>();
	const ask = (part: string) => {
		asked.push(part);
		return new Promise<Catalogue>((resolve, reject) => pending.set(part, { resolve, reject }));
	};
	const source: CatalogueSource = {
		firstScreen: () => ask('first'),
		rest: () => ask('rest')
	};
	return {
		asked,
		source,
		answer: (part: string, catalogue: Catalogue) => pending.get(part)?.resolve(catalogue),
		fail: (part: string) => pending.get(part)?.reject(new TypeError('Failed to fetch'))
	};
}

const instantSource: CatalogueSource = {
	firstScreen: async () => FIRST,
	rest: async () => REST
};

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => vi.stubGlobal('sessionStorage', fakeStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('Language', () => {
	it("starts in the browser's language: the first screen at once, the rest right after", async () => {
		const control = controlledSource();
		const language = new Language(['ja-JP', 'en'], control.source);
		const started = language.start();
		expect(language.current).toBe('en');
		control.answer('first', FIRST);
		await started;
		expect(language.current).toBe('ja');
		expect(language.locale).toBe('ja-JP');
		expect(language.t('Connect')).toBe('接続');
		expect(language.t('After {minutes} minutes', { minutes: 5 })).toBe('5 分後');
		expect(language.translateEnglish('Create link')).toBe('Create link');
		control.answer('rest', REST);
		await settle();
		expect(language.translateEnglish('Create link')).toBe('リンクを作成');
		expect(language.t('Connect')).toBe('接続');
	});

	it('loads nothing for an English visitor and shows the English text', async () => {
		const control = controlledSource();
		const language = new Language(['en-US', 'fr'], control.source);
		await language.start();
		expect(control.asked).toEqual([]);
		expect(language.t('After {minutes} minutes', { minutes: 5 })).toBe('After 5 minutes');
	});

	it('remembers the choice in this tab, and a new page of the tab keeps it', async () => {
		await new Language(['en-US'], instantSource).use('ja');
		expect(loadFromTab('language', null)).toBe('ja');
		const reloaded = new Language(['en-US'], instantSource);
		await reloaded.start();
		expect(reloaded.current).toBe('ja');
	});

	it('ignores a tampered saved value and follows the browser instead', async () => {
		saveToTab('language', '<script>');
		const language = new Language(['ja'], instantSource);
		await language.start();
		expect(language.current).toBe('ja');
	});

	it('lets the last choice win when an earlier load answers late', async () => {
		const control = controlledSource();
		const language = new Language(['en'], control.source);
		const slowJapanese = language.use('ja');
		await language.use('en');
		control.answer('first', FIRST);
		await slowJapanese;
		control.answer('rest', REST);
		await settle();
		expect(language.current).toBe('en');
		expect(language.t('Connect')).toBe('Connect');
		expect(loadFromTab('language', null)).toBe('en');
	});

	it('stays in English when the first screen’s messages cannot be fetched', async () => {
		const control = controlledSource();
		const language = new Language(['ja'], control.source);
		const started = language.start();
		control.fail('first');
		await started;
		expect(language.current).toBe('en');
		expect(language.t('Connect')).toBe('Connect');
	});

	it('keeps the first screen in Japanese when the rest cannot be fetched', async () => {
		const control = controlledSource();
		const language = new Language(['ja'], control.source);
		const started = language.start();
		control.answer('first', FIRST);
		await started;
		control.fail('rest');
		await settle();
		expect(language.current).toBe('ja');
		expect(language.t('Connect')).toBe('接続');
	});

	it('translates English from outside the page word for word, and leaves anything else', async () => {
		const language = new Language(['ja'], instantSource);
		await language.start();
		expect(language.translateEnglish('Connect')).toBe('接続');
		expect(language.translateEnglish('After {minutes} minutes', { minutes: 2 })).toBe('2 分後');
		expect(language.translateEnglish('Some server text.')).toBe('Some server text.');
		expect(language.translateEnglish('toString')).toBe('toString');
		expect(language.translateEnglish('__proto__')).toBe('__proto__');
	});
});
