// Finds English left in a page shown in Japanese: visible text, labels and placeholders that read
// as English prose. Values a person typed or a server sent (keys, URLs, code) are not prose, and
// markup holding them is skipped: <code>, <pre>, <kbd>, <samp>, form values and translate="no".
import type { Locator } from '@playwright/test';

/**
 * Three Latin words or more in a row, apart by spaces: a sentence or a label, not a name or a
 * value (a hyphenated object name such as "ja-ticket-x1" is one word).
 */
const WORD = "[A-Za-z][A-Za-z'’-]*[A-Za-z]";
const PROSE = `${WORD}(?:[ ,]+${WORD}){2,}`;

/**
 * Every run of English prose under `root`, once each. `allowed` lists phrases that are the same
 * in both languages (product names, protocol names), removed before looking.
 */
export async function englishProseIn(root: Locator, allowed: string[] = []): Promise<string[]> {
	return root.evaluate(
		(element, { prose, allowed }) => {
			const pattern = new RegExp(prose, 'g');
			const SKIP = 'code, pre, kbd, samp, script, style, textarea, [translate="no"]';
			const found = new Set<string>();
			const look = (text: string | null) => {
				let rest = text ?? '';
				for (const phrase of allowed) rest = rest.split(phrase).join(' ');
				for (const match of rest.matchAll(pattern)) found.add(match[0]);
			};
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (!parent || parent.closest(SKIP) || !parent.checkVisibility()) continue;
				look(node.textContent);
			}
			for (const el of element.querySelectorAll('[aria-label], [title], [placeholder]')) {
				if (el.closest(SKIP) || !el.checkVisibility()) continue;
				look(el.getAttribute('aria-label'));
				look(el.getAttribute('title'));
				const placeholder = el.getAttribute('placeholder');
				if (placeholder && !/^https?:\/\//.test(placeholder)) look(placeholder);
			}
			return [...found];
		},
		{ prose: PROSE, allowed }
	);
}
