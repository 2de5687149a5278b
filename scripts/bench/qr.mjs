// The app's QR drawing (drawQr, highest error-correction level that fits) on the bench page.
import { fmt } from './common.mjs';

/** Resolves with drawQr's median time for a 500- and a 1,500-character URL. */
export async function measureQr(call) {
	return { short: await call('qr', 500), long: await call('qr', 1500) };
}

/** The table's rows: [measure, result, notes]. */
export function qrRows({ short, long }) {
	return [
		[
			'QR, app drawQr (H→L fallback), 500-char URL',
			`${fmt(short.medianMs, 2)} ms`,
			`median of 50; level ${short.level}, version ${short.version}`
		],
		[
			'QR, app drawQr (H→L fallback), 1,500-char URL',
			`${fmt(long.medianMs, 2)} ms`,
			`median of 50; level ${long.level}, version ${long.version}`
		]
	];
}
