// Time left on a link, as people read it: "2 d 03 h 04 min 05 s".

/** Whole seconds from `now` until `expiresAt`, never below 0. */
export function secondsLeft(expiresAt: Date, now: number): number {
	return Math.max(0, Math.floor((expiresAt.getTime() - now) / 1000));
}

/** `1 d 02 h 03 min 04 s`, dropping leading zero units (`4 min 05 s`, `9 s`). */
export function formatRemaining(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const parts: [number, string][] = [
		[Math.floor(s / 86400), 'd'],
		[Math.floor((s % 86400) / 3600), 'h'],
		[Math.floor((s % 3600) / 60), 'min'],
		[s % 60, 's']
	];
	const first = parts.findIndex(([n]) => n > 0);
	if (first < 0) return '0 s';
	return parts
		.slice(first)
		.map(([n, unit], i) => `${i === 0 ? n : String(n).padStart(2, '0')} ${unit}`)
		.join(' ');
}

/** Named expiry presets shown beside the seconds field. */
export const EXPIRY_PRESETS: readonly { label: string; seconds: number }[] = [
	{ label: '5 minutes', seconds: 300 },
	{ label: '1 hour', seconds: 3600 },
	{ label: '1 day', seconds: 86400 },
	{ label: '7 days', seconds: 604800 }
];
