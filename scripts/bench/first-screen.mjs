// The built app's first screen in Chromium, for the bench: its weight (and whether it is the set
// of files `npm run build` prints), then the time until the Endpoint URL field takes input on
// Lighthouse's mobile profile, served uncompressed (as serve-static and a bucket serve files) and
// gzip-encoded (as most static hosts do).
import { loadFirstScreen, MOBILE_PROFILE } from '../lib/first-screen.mjs';
import { fmt, median, ok } from './common.mjs';

/**
 * `budget` is the build's own count (postbuild's firstLoadSizes); `serveGzip` switches the app's
 * server at `url` to gzip-encoded responses. Resolves with { weight, agree, times: { raw, gzip } }.
 */
export async function measureFirstScreen(browser, { url, appDir, budget, runs, serveGzip }) {
	const weight = await loadFirstScreen(browser, { url, buildDir: appDir });
	const names = (files) => files.map((f) => f.file).sort();
	const agree = JSON.stringify(names(weight.files)) === JSON.stringify(names(budget.files));
	const times = {};
	for (const encoding of ['raw', 'gzip']) {
		if (encoding === 'gzip') await serveGzip();
		const ms = [];
		for (let i = 0; i < runs; i++) {
			const run = await loadFirstScreen(browser, {
				url,
				buildDir: appDir,
				profile: MOBILE_PROFILE
			});
			ms.push(run.ms);
		}
		times[encoding] = { median: median(ms), min: Math.min(...ms), max: Math.max(...ms) };
	}
	return { weight, agree, times };
}

/** The table's rows: [measure, result, notes]; `precache` is postbuild's precacheSizes. */
export function screenRows({ weight, agree, times }, { budget, precache, runs }) {
	return [
		[
			'First screen: JS+CSS Chromium fetches (gzip)',
			`${fmt(weight.total / 1024, 1)} KB`,
			`${weight.files.length} files until Endpoint URL takes input; the build prints ${fmt(budget.total / 1024, 1)} KB in ${budget.files.length} files, ${agree ? 'the same files' : 'OTHER FILES'}; ${ok(weight.total <= 60 * 1024 && agree)} (≤ 60 KB)`
		],
		[
			'Service worker precache (gzip)',
			`${fmt(precache.gzip / 1024, 1)} KB`,
			`${precache.files} files, ${fmt(precache.raw / 1024, 1)} KB raw: every build file, for offline use`
		],
		...['gzip', 'raw'].map((encoding) => {
			const t = times[encoding];
			return [
				`First screen interactive, mobile profile, ${encoding === 'gzip' ? 'served gzip' : 'served uncompressed'}`,
				`${fmt(t.median)} ms`,
				`median of ${runs} first visits (${fmt(t.min)}–${fmt(t.max)} ms); ${ok(t.median <= 1500)} (≤ 1.5 s)`
			];
		})
	];
}
