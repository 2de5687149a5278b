// Sentences handed over by modules without a language, shown in the active language.
import type { Sentence } from '$lib/i18n/sentences';
import { language, translateEnglish } from './language.svelte';

/** The sentences in the active language (Japanese runs them together, English with spaces). */
export function sayAll(sentences: readonly Sentence[]): string {
	return sentences.map((s) => translateEnglish(s.key, s.params)).join(language.sentenceGap);
}
