// Durations in words a person reads at a glance: "2 min 5 s", "3 d 4 h"; in Japanese "2分5秒".
// Numbers go through Intl in the given locale; the unit words are the language's own.

export type TimeUnit = 'd' | 'h' | 'min' | 's';

const STEPS: [unit: TimeUnit, ms: number][] = [
	['d', 86_400_000],
	['h', 3_600_000],
	['min', 60_000],
	['s', 1000]
];

interface DurationWords {
	units: Record<TimeUnit, string>;
	/** Between one unit and the next number ("2 min 5 s" / "2分5秒"). */
	gap: string;
	ahead: string;
	behind: string;
	inStep: string;
}

const ENGLISH: DurationWords = {
	units: { d: ' d', h: ' h', min: ' min', s: ' s' },
	gap: ' ',
	ahead: '{d} ahead of this device',
	behind: '{d} behind this device',
	inStep: 'in step'
};

const JAPANESE: DurationWords = {
	units: { d: '日', h: '時間', min: '分', s: '秒' },
	gap: '',
	ahead: 'この端末より{d}進んでいます',
	behind: 'この端末より{d}遅れています',
	inStep: '一致しています'
};

/** The words for `locale`: Japanese for ja-*, English otherwise. */
export function durationWords(locale?: string): DurationWords {
	return locale?.toLowerCase().startsWith('ja') ? JAPANESE : ENGLISH;
}

/** "5 min" / "5分": a whole number written by Intl for `locale`, with its unit. */
export function amount(n: number, unit: TimeUnit, locale?: string, minDigits = 1): string {
	const digits = new Intl.NumberFormat(locale, {
		useGrouping: false,
		minimumIntegerDigits: minDigits
	}).format(n);
	return digits + durationWords(locale).units[unit];
}

/** The two largest non-zero units of |ms|, rounded down to whole seconds ("0 s" below 1 s). */
export function formatDuration(ms: number, locale?: string): string {
	let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
	const parts: string[] = [];
	for (const [unit, size] of STEPS) {
		if (rest >= size) {
			parts.push(amount(Math.floor(rest / size), unit, locale));
			rest %= size;
		} else if (parts.length) {
			break; // "1 h 0 min 5 s" reads worse than "1 h"
		}
		if (parts.length === 2) break;
	}
	return parts.length ? parts.join(durationWords(locale).gap) : amount(0, 's', locale);
}

/** How far the server's clock is from this device's: "2 min 5 s ahead" (offset = server − local). */
export function formatClockOffset(offsetMs: number, locale?: string): string {
	const words = durationWords(locale);
	if (Math.abs(offsetMs) < 1000) return words.inStep;
	const phrase = offsetMs > 0 ? words.ahead : words.behind;
	return phrase.replace('{d}', formatDuration(offsetMs, locale));
}
