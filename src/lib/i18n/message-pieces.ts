// A message cut at its placeholders, for markup (code, strong) to stand in for the values. Apart
// from language.ts because only parts of the page loaded later draw such sentences: the first
// screen need not carry it.

/** A message cut at its placeholders, so markup (code, strong) can stand in for the values. */
export type MessagePiece = { text: string; name?: undefined } | { name: string; text?: undefined };

export function splitMessage(template: string): MessagePiece[] {
	const pieces: MessagePiece[] = [];
	let at = 0;
	for (const m of template.matchAll(/\{(\w+)\}/g)) {
		if (m.index > at) pieces.push({ text: template.slice(at, m.index) });
		pieces.push({ name: m[1] });
		at = m.index + m[0].length;
	}
	if (at < template.length) pieces.push({ text: template.slice(at) });
	return pieces;
}
