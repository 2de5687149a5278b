// RFC 4180 CSV for the link-history export.

/**
 * One CSV field: quoted when needed; a leading =, +, -, @, tab or CR gets a `'` so spreadsheet
 * programs do not run an object key as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number | boolean | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, header row first. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	return [header, ...rows]
		.map((row) => row.map((v) => csvField(v as string)).join(','))
		.join('\r\n')
		.concat('\r\n');
}
