// The interface's messages. English is the source language: a message's English text is its key,
// written where it is shown, so an English visit loads no catalogue at all. Each other language
// has one catalogue per part of the page, mapping that English text to its translation; the
// first screen's part is fetched before the first render, the others right after it.
import type { Lang, MessageParams } from './language';
import type firstScreen from './ja/first-screen';
import type history from './ja/history';
import type links from './ja/links';
import type recipients from './ja/recipients';
import type setup from './ja/setup';

/** Every English message that has a translation: `t()` takes only these, so none is missed. */
export type MessageKey =
	| keyof typeof firstScreen
	| keyof typeof recipients
	| keyof typeof setup
	| keyof typeof history
	| keyof typeof links;

/** A sentence with values, as modules without a language hand it to the page. */
export interface Message {
	key: MessageKey;
	params?: MessageParams;
}

/** Translations of one part of the page, by English text. */
export type Catalogue = Readonly<Record<string, string>>;

/** How a language's catalogue arrives: the first screen's part, and the rest. */
export interface CatalogueSource {
	firstScreen(lang: Exclude<Lang, 'en'>): Promise<Catalogue>;
	rest(lang: Exclude<Lang, 'en'>): Promise<Catalogue>;
}

const merge = (parts: { default: Catalogue }[]): Catalogue =>
	Object.assign({}, ...parts.map((part) => part.default));

/** The built app's catalogues, each its own chunk. */
export const bundledCatalogues: CatalogueSource = {
	firstScreen: () => import('./ja/first-screen').then((part) => part.default),
	rest: () =>
		Promise.all([
			import('./ja/recipients'),
			import('./ja/setup'),
			import('./ja/history'),
			import('./ja/links')
		]).then(merge)
};
