// Byte counts in binary (IEC) units, as storage tools show object sizes.

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** `1536` → "1.5 KiB"; whole bytes below 1 KiB ("999 B"); one decimal above, dropped when .0. */
export function formatBytes(bytes: number, locale?: string): string {
	if (!Number.isFinite(bytes) || bytes < 0) return '—';
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	// 1023.96 KiB would print as "1,024 KiB": move up a unit instead.
	if (unit > 0 && unit < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 ? 0 : 1;
	const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
	return `${text} ${UNITS[unit]}`;
}
