// The built app's first screen in Chromium, for the bench: its weight (and whether it is the set
// of files `npm run build` prints), then the time until the Endpoint URL field takes input on
// Lighthouse's mobile profile, served uncompressed (as serve-static and a bucket serve files) and
// gzip-encoded (as most static hosts do).
import { loadFirstScreen, MOBILE_PROFILE } from '../lib/first-screen.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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
