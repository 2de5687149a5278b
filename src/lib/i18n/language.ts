// Pure language rules: which language a visitor gets, which Intl locale formats for it, and how a
// message's `{name}` placeholders are filled. No DOM, no storage: callers pass what they read.

export const LANGUAGES = ['en', 'ja'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language's own name, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ja: '日本語' };

/** Values a message may carry; numbers are formatted by the caller for the active locale. */
export type MessageParams = Record<string, string | number>;

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a BCP 47 tag ("ja-JP" → ja), or null when the app does not have it. */
export function langOfTag(tag: string): Lang | null {
	const base = tag.trim().toLowerCase().split('-')[0];
	return isLang(base) ? base : null;
}

/**
 * The tab's remembered choice when there is one, else the first of the browser's languages the
 * app has (so "fr, ja, en" gives Japanese), else English.
 */
export function chooseLanguage(saved: unknown, preferred: readonly string[]): Lang {
	if (isLang(saved)) return saved;
	for (const tag of preferred) {
		const lang = langOfTag(tag);
		if (lang) return lang;
	}
	return 'en';
}

/**
 * The Intl locale for `lang`: the browser's own tag for it when it lists one (en-GB keeps its
 * day-month order), else the language's usual region.
 */
export function intlLocale(lang: Lang, preferred: readonly string[]): string {
	const own = preferred.find((tag) => langOfTag(tag) === lang);
	if (own) {
		try {
			return Intl.getCanonicalLocales(own)[0];
		} catch {
			// a malformed tag from the browser: fall through to the default
		}
	}
	return lang === 'ja' ? 'ja-JP' : 'en-US';
}

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** The placeholder names of a message, sorted, for checking that translations keep them. */
export function placeholderNames(template: string): string[] {
	return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1]))].sort();
}
