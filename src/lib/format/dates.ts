// Dates in the user's own locale and time zone (Intl), never a fixed format; dates read from
// headers and XML.

/** True for a Date that holds a time (not an Invalid Date). */
export function isValidDate(date: Date | undefined): date is Date {
	return date instanceof Date && !Number.isNaN(date.getTime());
}

/** The date in a header or XML text (HTTP date or ISO 8601); undefined when absent or not a date. */
export function parseDate(text: string | null | undefined): Date | undefined {
	if (!text) return undefined;
	const date = new Date(text);
	return isValidDate(date) ? date : undefined;
}

/** "Mar 5, 2026, 14:07" in the user's locale and zone; options exist for tests. */
export function formatDateTime(date: Date | undefined, locale?: string, timeZone?: string): string {
	if (!isValidDate(date)) return '—';
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(date);
}

/** Full ISO timestamp, for a `title` or `datetime` attribute. */
export function isoTimestamp(date: Date | undefined): string {
	return isValidDate(date) ? date.toISOString() : '';
}
