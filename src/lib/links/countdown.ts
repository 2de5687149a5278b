// Time left on a link, as people read it: "2 d 03 h 04 min 05 s" (Japanese "2日03時間04分05秒").
import { amount, durationWords, type TimeUnit } from '$lib/format/duration';
import type { MessageKey } from '$lib/i18n/catalogue';

/** Whole seconds from `now` until `expiresAt`, never below 0. */
export function secondsLeft(expiresAt: Date, now: number): number {
	return Math.max(0, Math.floor((expiresAt.getTime() - now) / 1000));
}

/** `1 d 02 h 03 min 04 s`, dropping leading zero units (`4 min 05 s`, `9 s`). */
export function formatRemaining(seconds: number, locale?: string): string {
	const s = Math.max(0, Math.floor(seconds));
	const parts: [number, TimeUnit][] = [
		[Math.floor(s / 86400), 'd'],
		[Math.floor((s % 86400) / 3600), 'h'],
		[Math.floor((s % 3600) / 60), 'min'],
		[s % 60, 's']
	];
	const first = parts.findIndex(([n]) => n > 0);
	if (first < 0) return amount(0, 's', locale);
	return parts
		.slice(first)
		.map(([n, unit], i) => amount(n, unit, locale, i === 0 ? 1 : 2))
		.join(durationWords(locale).gap);
}

/** Named expiry presets shown beside the seconds field (labels in English, translated there). */
export const EXPIRY_PRESETS: readonly { label: MessageKey; seconds: number }[] = [
	{ label: '5 minutes', seconds: 300 },
	{ label: '1 hour', seconds: 3600 },
	{ label: '1 day', seconds: 86400 },
	{ label: '7 days', seconds: 604800 }
];
