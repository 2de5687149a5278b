import { describe, expect, it } from 'vitest';
import {
	chooseLanguage,
	fillPlaceholders,
	intlLocale,
	langOfTag,
	placeholderNames
} from './language';

describe('chooseLanguage', () => {
	it('takes the first of the browser languages the app has', () => {
		expect(chooseLanguage(null, ['ja-JP', 'en-US'])).toBe('ja');
		expect(chooseLanguage(null, ['fr-FR', 'ja', 'en'])).toBe('ja');
		expect(chooseLanguage(null, ['en-GB', 'ja-JP'])).toBe('en');
	});

	it('falls back to English when the browser names none of them', () => {
		expect(chooseLanguage(null, ['fr-FR', 'de'])).toBe('en');
		expect(chooseLanguage(null, [])).toBe('en');
	});

	it('prefers the choice remembered in the tab, and ignores a tampered one', () => {
		expect(chooseLanguage('en', ['ja-JP'])).toBe('en');
		expect(chooseLanguage('ja', ['en-US'])).toBe('ja');
		expect(chooseLanguage('<script>', ['ja-JP'])).toBe('ja');
		expect(chooseLanguage({ lang: 'ja' }, ['en'])).toBe('en');
	});

	it('reads language tags case-insensitively, by their first subtag', () => {
		expect(langOfTag('JA-jp')).toBe('ja');
		expect(langOfTag('jav')).toBeNull();
		expect(langOfTag('')).toBeNull();
	});
});

describe('intlLocale', () => {
	it("keeps the browser's own region for the chosen language", () => {
		expect(intlLocale('en', ['ja-JP', 'en-GB'])).toBe('en-GB');
		expect(intlLocale('ja', ['en-US', 'ja-JP'])).toBe('ja-JP');
	});

	it('uses the usual region when the browser lists none, or a malformed tag', () => {
		expect(intlLocale('ja', ['en-US'])).toBe('ja-JP');
		expect(intlLocale('en', [])).toBe('en-US');
		expect(intlLocale('en', ['en-'])).toBe('en-US');
	});
});

describe('placeholders', () => {
	it('fills named values and leaves unknown names visible', () => {
		expect(fillPlaceholders('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two');
		expect(fillPlaceholders('{a} and {missing}', { a: 'x' })).toBe('x and {missing}');
	});

	it('does not re-read placeholders inside filled values', () => {
		expect(fillPlaceholders('key {key}', { key: '{key}' })).toBe('key {key}');
	});

	it('lists names once, sorted', () => {
		expect(placeholderNames('{b} {a} {b}')).toEqual(['a', 'b']);
	});
});
