// The interface language of this tab: chosen from the browser's languages, switched by the
// person, remembered in this tab only. English needs nothing loaded; another language's first-screen
// messages are fetched before the page draws, the rest of them just after.
import {
	bundledCatalogues,
	type Catalogue,
	type CatalogueSource,
	type Message,
	type MessageKey
} from '$lib/i18n/catalogue';
import {
	chooseLanguage,
	fillPlaceholders,
	intlLocale,
	type Lang,
	type MessageParams
} from '$lib/i18n/language';
import { errorSentence } from '$lib/i18n/sentences';
import { loadFromTab, saveToTab } from './tab-storage';

const STORAGE_NAME = 'language';

/** What the browser says about its languages; empty outside a browser. */
function browserLanguages(): readonly string[] {
	if (typeof navigator === 'undefined') return [];
	return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export class Language {
	#lang = $state<Lang>('en');
	#messages = $state.raw<Catalogue>({});
	#ready = $state(false);
	#preferred: readonly string[];
	#source: CatalogueSource;
	/** The last language asked for: a slow load of an earlier choice must not win. */
	#wanted: Lang = 'en';

	constructor(preferred = browserLanguages(), source = bundledCatalogues) {
		this.#preferred = preferred;
		this.#source = source;
	}

	/** True once the page can be drawn in the chosen language (at once for English). */
	get ready(): boolean {
		return this.#ready;
	}

	/** The active language. */
	get current(): Lang {
		return this.#lang;
	}

	/** Between two sentences: a space in English, nothing after a Japanese full stop. */
	get sentenceGap(): string {
		return this.#lang === 'ja' ? '' : ' ';
	}

	/** The locale Intl formats dates, sizes and durations with ("ja-JP", "en-GB"). */
	get locale(): string {
		return intlLocale(this.#lang, this.#preferred);
	}

	/**
	 * Picks the tab's saved choice or the browser's preference and loads it; English is in place
	 * before this returns.
	 */
	start(): Promise<void> {
		return this.use(chooseLanguage(loadFromTab<unknown>(STORAGE_NAME, null), this.#preferred));
	}

	/**
	 * Switches to `lang`, remembers it in this tab and sets the document's `lang`. Resolves once
	 * the first screen reads in it; the rest of the messages follow. When they cannot be fetched
	 * (offline before they were ever cached) the page stays in English.
	 */
	async use(lang: Lang): Promise<void> {
		this.#wanted = lang;
		saveToTab(STORAGE_NAME, lang);
		if (lang === 'en') return this.#apply('en', {});
		try {
			this.#apply(lang, await this.#source.firstScreen(lang), lang);
		} catch {
			return this.#apply('en', {}, lang);
		}
		this.#source.rest(lang).then(
			(rest) => this.#apply(lang, { ...this.#messages, ...rest }, lang),
			() => {} // the first screen is translated; later parts stay English until a reload
		);
	}

	#apply(lang: Lang, messages: Catalogue, askedFor: Lang = lang): void {
		if (this.#wanted !== askedFor) return; // a later choice already took over
		this.#messages = messages;
		this.#lang = lang;
		this.#ready = true;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}

	/** The message whose English is `key`, in the active language, placeholders filled. */
	t(key: MessageKey, params?: MessageParams): string {
		return this.translateEnglish(key, params);
	}

	/**
	 * An English sentence that came from outside the page's own text (a module without a language,
	 * a thrown error), in the active language when the catalogue holds it word for word.
	 */
	translateEnglish(text: string, params?: MessageParams): string {
		const translated = Object.hasOwn(this.#messages, text) ? this.#messages[text] : text;
		return params ? fillPlaceholders(translated, params) : translated;
	}
}

export const language = new Language();

/** The message whose English is `key`, in the active language; reactive where it is read. */
export function t(key: MessageKey, params?: MessageParams): string {
	return language.t(key, params);
}

/** A `Message` handed over by a module without a language, in the active language. */
export function say(message: Message): string {
	return language.t(message.key, message.params);
}

/** See `Language.translateEnglish`. */
export function translateEnglish(text: string, params?: MessageParams): string {
	return language.translateEnglish(text, params);
}

/** An InputError's sentence (or any error's message) in the active language. */
export function errorText(error: { message: string; template?: string; params?: MessageParams }) {
	const { key, params } = errorSentence(error);
	return language.translateEnglish(key, params);
}
