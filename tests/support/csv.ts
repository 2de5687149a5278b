// Test support: a minimal RFC 4180 parser (quoted fields, "" escapes, CRLF line ends), so that
// unit and end-to-end tests can prove a CSV export round-trips.

/** Rows of an RFC 4180 CSV text. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ',') {
			row.push(field);
			field = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else {
			field += c;
		}
	}
	return rows;
}
