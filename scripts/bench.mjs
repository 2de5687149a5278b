// npm run bench [-- --only GROUPS] [-- --keep] [-- --runs N] [-- --count N]  (--help for details)
// One benchmark run on this machine, against the project's speed targets, printed as a table and,
// when every group ran, written to BENCHMARKS.md. Not a test: it measures and reports, it does
// not fail on a miss.
//   1. a local Ceph RGW on its own ports (BENCH_RGW_PORT 7490, BENCH_MON_PORT 3310), torn down
//      at the end unless --keep; 100,000 objects under demo/large/ (seed-large, idempotent)
//   2. the throwaway page scripts/bench/ built with Vite into a temp dir, served, driven in Chromium
//   3. presign rates, listing throughput vs botocore and the aws CLI, long tasks, filter, QR
//   4. the first screen of the built app: what Chromium fetches until the Endpoint URL field takes
//      input (and the build's own count of it), the precache, and the time on a mobile profile
// Each group sets up only what it needs: `--only presign` starts no RGW and builds no app.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { APP_ORIGIN, ROOT, SCREEN_RUNS, log } from './bench/common.mjs';
import { measureFirstScreen, screenRows } from './bench/first-screen.mjs';
import { listingRows, measureListing } from './bench/listing.mjs';
import { USAGE, UsageError, parseOptions } from './bench/options.mjs';
import { measurePresign, presignRows } from './bench/presign.mjs';
import { measureQr, qrRows } from './bench/qr.mjs';
import { loadNow, machineInfo, markdown, printTable } from './bench/report.mjs';
import { checkListingTools, setUp, tearDown } from './bench/setup.mjs';

let options;
try {
	options = parseOptions(process.argv.slice(2));
} catch (e) {
	if (!(e instanceof UsageError)) throw e;
	console.error(`bench: ${e.message}\n\n${USAGE}`);
	process.exit(2);
}
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}
const { groups, runs, count } = options;
if (groups.includes('listing')) checkListingTools();

const env = {};
const loadBefore = loadNow();
try {
	await setUp(env, options);
	const results = {};
	if (groups.includes('presign')) results.presign = await measurePresign(env.call, runs);
	if (groups.includes('listing'))
		results.listing = await measureListing(env.call, env.browser, { runs, count });
	if (groups.includes('screen')) {
		log(
			`the first screen: weight, and time on the mobile profile (${SCREEN_RUNS} first visits each)`
		);
		results.screen = await measureFirstScreen(env.browser, {
			url: `${APP_ORIGIN}/`,
			appDir: env.appDir,
			budget: env.budget,
			runs: SCREEN_RUNS,
			serveGzip: env.serveAppGzip
		});
	}
	if (groups.includes('qr')) results.qr = await measureQr(env.call);

	const rows = [
		...(results.presign ? presignRows(results.presign) : []),
		...(results.listing ? listingRows(results.listing) : []),
		...(results.screen
			? screenRows(results.screen, {
					budget: env.budget,
					precache: env.precache,
					runs: SCREEN_RUNS
				})
			: []),
		...(results.qr ? qrRows(results.qr) : [])
	];
	const machine = machineInfo(env.browser.version(), loadBefore);
	printTable(machine, rows, { ...options, seedSecs: env.seedSecs });
	if (options.all) {
		// Formatted as `npm run lint` (prettier --check .) expects.
		const md = await format(markdown(machine, rows, env.seedSecs, results.presign), {
			parser: 'markdown'
		});
		writeFileSync(join(ROOT, 'BENCHMARKS.md'), md);
		log('BENCHMARKS.md written');
	} else log(`BENCHMARKS.md left as it is: only ${groups.join(', ')} ran`);
} finally {
	await tearDown(env, options);
}
