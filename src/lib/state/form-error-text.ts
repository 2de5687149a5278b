// A form's error in the page's language: its template translated, with the sentences inside it
// (what the connection check or the signer said) translated on their own.
import type { FormError } from '$lib/links/form-problems';
import { errorText, translateEnglish } from './language.svelte';

export function formErrorText(error: FormError): string {
	if (error.template === undefined) return translateEnglish(error.message);
	const parts = Object.entries(error.parts ?? {}).map(([name, part]) => [name, errorText(part)]);
	return translateEnglish(error.template, { ...error.params, ...Object.fromEntries(parts) });
}
