// Sentences a module without a language hands to the page, one after another: each is its English
// template and values, translated where it is shown. `say()` builds one from a known message (so
// the type system makes sure it has a translation); an error's own sentence comes in as it is.
import type { MessageKey } from './catalogue';
import { fillPlaceholders, type MessageParams } from './language';

export interface Sentence {
	key: string;
	params?: MessageParams;
}

/** A sentence of the catalogue, with its values. */
export const sentence = (key: MessageKey, params?: MessageParams): Sentence => ({ key, params });

/** An error's sentence: its template and values when it has them (InputError), else its text. */
export const errorSentence = (e: {
	message: string;
	template?: string;
	params?: MessageParams;
}): Sentence =>
	e.template === undefined ? { key: e.message } : { key: e.template, params: e.params };

/** The sentences in English, as logs and tests read them. */
export function englishOf(sentences: readonly Sentence[]): string {
	return sentences.map((s) => fillPlaceholders(s.key, s.params)).join(' ');
}
