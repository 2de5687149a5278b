// Durations in words a person reads at a glance: "2 min 5 s", "3 d 4 h".

const STEPS: [unit: string, ms: number][] = [
	['d', 86_400_000],
	['h', 3_600_000],
	['min', 60_000],
	['s', 1000]
];

/** The two largest non-zero units of |ms|, rounded down to whole seconds ("0 s" below 1 s). */
export function formatDuration(ms: number): string {
	let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
	const parts: string[] = [];
	for (const [unit, size] of STEPS) {
		if (rest >= size) {
			parts.push(`${Math.floor(rest / size)} ${unit}`);
			rest %= size;
		} else if (parts.length) {
			break; // "1 h 0 min 5 s" reads worse than "1 h"
		}
		if (parts.length === 2) break;
	}
	return parts.length ? parts.join(' ') : '0 s';
}

/** How far the server's clock is from this device's: "2 min 5 s ahead" (offset = server − local). */
export function formatClockOffset(offsetMs: number): string {
	if (Math.abs(offsetMs) < 1000) return 'in step';
	return `${formatDuration(offsetMs)} ${offsetMs > 0 ? 'ahead of' : 'behind'} this device`;
}
