// Dates in the user's own locale and time zone (Intl), never a fixed format.

/** "Mar 5, 2026, 14:07" in the user's locale and zone; options exist for tests. */
export function formatDateTime(date: Date | undefined, locale?: string, timeZone?: string): string {
	if (!date || Number.isNaN(date.getTime())) return '—';
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(date);
}

/** Full ISO timestamp, for a `title` or `datetime` attribute. */
export function isoTimestamp(date: Date | undefined): string {
	return date && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}
