// npm run bench [-- --keep] [-- --runs N] [-- --count N (objects under large/, default 100,000)]
// One benchmark run on this machine, against the project's speed targets, printed as a table and
// written to BENCHMARKS.md. Not a test: it measures and reports, it does not fail on a miss.
//   1. a local Ceph RGW on its own ports (BENCH_RGW_PORT 7490, BENCH_MON_PORT 3310), torn down
//      at the end unless --keep; 100,000 objects under demo/large/ (seed-large, idempotent)
//   2. the throwaway page scripts/bench/ built with Vite into a temp dir, served, driven in Chromium
//   3. presign rates, listing throughput vs botocore and the aws CLI, long tasks, filter, QR
//   4. the first screen of the built app: what Chromium fetches until the Endpoint URL field takes
//      input (and the build's own count of it), the precache, and the time on a mobile profile
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { format } from 'prettier';
import { build } from 'vite';
import { measureAppListing } from './bench/app-listing.mjs';
import { benchConfig } from './bench/page-config.mjs';
import { firstLoadSizes, precacheSizes } from './postbuild.mjs';
import { measureFirstScreen } from './bench/first-screen.mjs';
import { startServer, stopServer } from './serve-static.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const KEEP = args.includes('--keep');
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const N = 10_000;
/** First visits timed per encoding on the mobile profile (the median is reported). */
const SCREEN_RUNS = 7;
const COUNT = Number(args[args.indexOf('--count') + 1]) || 100_000;
const PREFIX = 'large/';
const RGW_PORT = Number(process.env.BENCH_RGW_PORT ?? 7490);
const MON_PORT = Number(process.env.BENCH_MON_PORT ?? 3310);
const PAGE_PORT = Number(process.env.BENCH_PAGE_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PAGE_PORT}`;
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4191);
const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
const conn = {
	endpoint: `http://127.0.0.1:${RGW_PORT}`,
	region: 'us-east-1',
	accessKeyId: 'TESTACCESSKEY1234567',
	secretAccessKey: 'testsecretkey1234567890abcdefghijklmnopq',
	bucket: 'demo'
};
const s3Env = {
	...process.env,
	RGW_PORT: String(RGW_PORT),
	MON_PORT: String(MON_PORT),
	APP_ORIGINS: `${ORIGIN},${APP_ORIGIN}`,
	S3_LOCAL_QUIET: '1',
	S3_ENDPOINT: conn.endpoint,
	AWS_ACCESS_KEY_ID: conn.accessKeyId,
	AWS_SECRET_ACCESS_KEY: conn.secretAccessKey,
	AWS_DEFAULT_REGION: conn.region
};

const log = (msg) => console.error(`[bench ${new Date().toTimeString().slice(0, 8)}] ${msg}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (ms, n = N) => Math.round(n / (ms / 1000));
const fmt = (x, digits = 0) =>
	x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const temp = mkdtempSync(join(tmpdir(), 's3-presign-bench-'));

/** Runs a command, returns [stdout, seconds]. */
function timed(cmd, cmdArgs, options = {}) {
	const t0 = performance.now();
	const out = execFileSync(cmd, cmdArgs, {
		cwd: ROOT,
		env: s3Env,
		encoding: 'utf8',
		maxBuffer: 1 << 28,
		...options
	});
	return [out, (performance.now() - t0) / 1000];
}

// The comparison tools: this machine image ships the AWS CLI and botocore (pip); say so plainly
// where they are missing instead of failing half-way through a long run.
for (const [cmd, args, hint] of [
	['aws', ['--version'], 'pip install awscli  (or: apt-get install awscli)'],
	[
		'python3',
		['-c', 'import botocore'],
		'pip install botocore  (or: apt-get install python3-botocore)'
	]
]) {
	try {
		execFileSync(cmd, args, { stdio: 'ignore' });
	} catch {
		console.error(`bench: \`${cmd} ${args.join(' ')}\` failed; install it first: ${hint}`);
		process.exit(1);
	}
}

let server;
let appServer;
let browser;
const loadBefore = loadavg()
	.map((x) => x.toFixed(1))
	.join(' ');
try {
	// ------------------------------------------------------------ S3, data, builds
	log(`local RGW on ${conn.endpoint} (mon ${MON_PORT})`);
	timed('bash', ['scripts/s3-local.sh', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
	log(`ensuring ${COUNT} objects under ${conn.bucket}/${PREFIX}`);
	const [, seedSecs] = timed('node', ['scripts/seed-large.mjs', String(COUNT), PREFIX], {
		stdio: ['ignore', 'inherit', 'inherit']
	});
	log(`seed-large took ${seedSecs.toFixed(1)} s`);

	log('building the app');
	const appDir = join(temp, 'app');
	const appEnv = { ...s3Env, BUILD_DIR: appDir, KIT_OUT_DIR: '.svelte-kit-bench' };
	timed('npx', ['vite', 'build'], { env: appEnv, stdio: 'ignore' });
	timed('node', ['scripts/postbuild.mjs', appDir], { env: appEnv, stdio: 'ignore' });
	const budget = firstLoadSizes(appDir);
	const precache = precacheSizes(appDir);

	log('building the bench page');
	const pageDir = join(temp, 'page');
	await build(benchConfig(pageDir));
	server = await startServer({ dir: pageDir, port: PAGE_PORT });
	appServer = await startServer({ dir: appDir, port: APP_PORT });

	// ------------------------------------------------------------ Chromium
	browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
	const page = await browser.newPage();
	page.on('pageerror', (e) => log(`page error: ${e}`));
	await page.goto(`${ORIGIN}/index.html`);
	await page.waitForSelector('body[data-ready="true"]');
	const call = (name, ...a) => page.evaluate(([n, a]) => window.bench[n](...a), [name, a]);

	log(`presigning ${N} GET URLs each way (${RUNS} runs, medians)`);
	const series = async (name, ...a) => {
		await call(name, conn, 500, ...a.slice(1)); // warm-up: JIT, workers, module loading
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await call(name, conn, N, ...a.slice(1)));
		return runs;
	};
	const sdk = await series('presignSdk', N);
	const smithy = await series('presignSmithy', N);
	const leanMain = await series('presignLeanMain', N);
	const poolJs = await series('presignPool', N, 'js', false);
	const poolWc = await series('presignPool', N, 'webcrypto', false);
	const poolOne = await series('presignPool', N, 'js', false, 1);
	const poolCold = await call('presignPool', conn, N, 'js', true);
	const floor = await series('presignFloor', N);
	const ms = (runs) => median(runs.map((r) => r.ms));
	const presign = {
		sdk: rate(ms(sdk)),
		smithy: rate(ms(smithy)),
		leanMain: rate(ms(leanMain)),
		poolJs: rate(ms(poolJs)),
		poolWc: rate(ms(poolWc)),
		poolOne: rate(ms(poolOne)),
		poolCold: rate(poolCold.ms),
		floor: rate(ms(floor)),
		workers: poolJs[0].workers
	};
	const ours = Math.max(presign.poolJs, presign.poolWc);
	const bulkLongest = Math.max(...poolJs.map((r) => r.longestTaskMs), poolCold.longestTaskMs);
	const bulkGap = Math.max(...poolJs.map((r) => r.maxTimerGapMs), poolCold.maxTimerGapMs);

	log(`listing ${COUNT} objects: app in Chromium vs botocore vs aws CLI (${RUNS} runs each)`);
	const appList = [];
	const botoList = [];
	const cliList = [];
	for (let i = 0; i < RUNS; i++) {
		appList.push(await call('list', conn, PREFIX));
		const [out] = timed('python3', [
			'scripts/bench/list-botocore.py',
			conn.endpoint,
			conn.bucket,
			PREFIX
		]);
		botoList.push(JSON.parse(out));
		const [cliOut, cliSecs] = timed('aws', [
			's3api',
			'list-objects-v2',
			'--endpoint-url',
			conn.endpoint,
			'--bucket',
			conn.bucket,
			'--prefix',
			PREFIX,
			'--page-size',
			'1000',
			'--query',
			'length(Contents)',
			'--output',
			'text'
		]);
		// The CLI prints the query's answer once per page: sum them.
		const cliCount = cliOut
			.split(/\s+/)
			.filter(Boolean)
			.reduce((sum, n) => sum + Number(n), 0);
		cliList.push({ count: cliCount, ms: cliSecs * 1000 });
	}
	const listing = {
		count: appList[0].count,
		botoCount: botoList[0].count,
		cliCount: cliList[0].count,
		app: rate(ms(appList), appList[0].count),
		boto: rate(ms(botoList), botoList[0].count),
		cli: rate(ms(cliList), cliList[0].count),
		appMs: ms(appList),
		longest: Math.max(...appList.map((r) => r.longestTaskMs)),
		gap: Math.max(...appList.map((r) => r.maxTimerGapMs))
	};
	log(`listing ${COUNT} objects in the app's browser state (Load all), ${RUNS} runs`);
	const stateList = [];
	for (let i = 0; i < RUNS; i++) stateList.push(await call('listBrowser', conn, PREFIX));
	const stateListing = {
		count: stateList[0].count,
		rate: rate(ms(stateList), stateList[0].count),
		error: stateList.find((r) => r.error)?.error ?? null,
		longest: Math.max(...stateList.map((r) => r.longestTaskMs)),
		gap: Math.max(...stateList.map((r) => r.maxTimerGapMs))
	};
	// After listBrowser: the browser state holds the listing the filter runs on.
	const filter = await call('filter', '0999');
	const qr500 = await call('qr', 500);
	const qr1500 = await call('qr', 1500);
	log(`the built app with ${COUNT} objects loaded: Load all, scroll, filter, sort (${RUNS} runs)`);
	const appRuns = [];
	for (let i = 0; i < RUNS; i++) {
		appRuns.push(
			await measureAppListing(browser, {
				appUrl: `${APP_ORIGIN}/`,
				conn,
				prefix: PREFIX,
				count: COUNT
			})
		);
	}
	const appUi = Object.fromEntries(
		['loadAllMs', 'scrollMs', 'filterMs', 'sortMs'].map((k) => [
			k,
			median(appRuns.map((r) => r[k]))
		])
	);
	log(
		`the first screen: weight, and time on the mobile profile (${SCREEN_RUNS} first visits each)`
	);
	const screen = await measureFirstScreen(browser, {
		url: `${APP_ORIGIN}/`,
		appDir,
		budget,
		runs: SCREEN_RUNS,
		serveGzip: async () => {
			await stopServer(appServer);
			appServer = await startServer({ dir: appDir, port: APP_PORT, gzip: true });
		}
	});
	const chromiumVersion = browser.version();

	// ------------------------------------------------------------ report
	const cpu =
		/model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
	const machine = {
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
		memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
		cpu,
		chromium: chromiumVersion,
		node: process.version,
		load: `${loadBefore} at start, ${loadavg()
			.map((x) => x.toFixed(1))
			.join(' ')} at end (1/5/15 min)`
	};
	const ok = (pass) => (pass ? 'ok' : 'MISSED');
	const rows = [
		[
			'Presign, bulk worker pool (sha256-js)',
			`${fmt(presign.poolJs)} URLs/s`,
			`${presign.workers} workers; ${fmt(presign.poolJs / presign.sdk, 1)}× SDK, ${fmt(presign.poolJs / presign.floor, 2)}× floor`
		],
		[
			'Presign, bulk worker pool (WebCrypto)',
			`${fmt(presign.poolWc)} URLs/s`,
			`${fmt(presign.poolWc / presign.sdk, 1)}× SDK, ${fmt(presign.poolWc / presign.floor, 2)}× floor`
		],
		[
			'Presign, bulk pool of 1 worker (sha256-js)',
			`${fmt(presign.poolOne)} URLs/s`,
			`${fmt(presign.poolOne / presign.sdk, 1)}× SDK`
		],
		[
			'Presign, bulk pool incl. worker start-up',
			`${fmt(presign.poolCold)} URLs/s`,
			`one cold run, ${fmt(poolCold.ms)} ms for ${fmt(N)}`
		],
		[
			'Presign, lean signer on main thread',
			`${fmt(presign.leanMain)} URLs/s`,
			`${fmt(presign.leanMain / presign.sdk, 1)}× SDK`
		],
		[
			'Presign, presignUrl (smithy + WebCrypto)',
			`${fmt(presign.smithy)} URLs/s`,
			`${fmt(presign.smithy / presign.sdk, 1)}× SDK (single-link path)`
		],
		['Presign, @aws-sdk/s3-request-presigner', `${fmt(presign.sdk)} URLs/s`, 'baseline'],
		[
			'Presign, WebCrypto floor (1 digest + 1 HMAC)',
			`${fmt(presign.floor)} URLs/s`,
			`${fmt(presign.floor / presign.sdk, 1)}× SDK`
		],
		['Target: bulk ≥ 5× SDK', `${fmt(ours / presign.sdk, 1)}×`, ok(ours >= 5 * presign.sdk)],
		[
			'Longest main-thread task, 10,000 bulk links',
			`${longTask(bulkLongest)}`,
			`largest timer gap ${fmt(bulkGap)} ms; ${ok(bulkLongest < 100)} (< 100 ms)`
		],
		[
			`Listing ${fmt(listing.count)} objects, app client in Chromium`,
			`${fmt(listing.app)} objects/s`,
			`${fmt(listing.appMs / 1000, 1)} s; listAllObjects (bulk links' listing), pages pipelined`
		],
		[
			'Listing, botocore list_objects_v2 paginator',
			`${fmt(listing.boto)} objects/s`,
			`${fmt(listing.botoCount)} objects; app ${fmt(listing.app / listing.boto, 2)}×`
		],
		[
			'Listing, aws s3api list-objects-v2 (incl. start-up)',
			`${fmt(listing.cli)} objects/s`,
			`${fmt(listing.cliCount)} objects; app ${fmt(listing.app / listing.cli, 2)}×`
		],
		[
			'Target: listing ≥ CLI',
			`${fmt(listing.app / Math.max(listing.boto, listing.cli), 2)}× the faster`,
			ok(listing.app >= Math.max(listing.boto, listing.cli))
		],
		[
			'Longest main-thread task, app client listing',
			`${longTask(listing.longest)}`,
			`largest timer gap ${fmt(listing.gap)} ms; ${ok(listing.longest < 200)} (< 200 ms)`
		],
		[
			`Listing ${fmt(stateListing.count)} objects, app browser state (Load all)`,
			`${fmt(stateListing.rate)} objects/s`,
			`open + loadAll, delimiter '/', rows derived after every page, no DOM${stateListing.error ? `; error: ${stateListing.error}` : ''}`
		],
		[
			'Longest main-thread task, browser state listing',
			`${longTask(stateListing.longest)}`,
			`largest timer gap ${fmt(stateListing.gap)} ms; ${ok(stateListing.longest < 200)} (< 200 ms); list rendering not included`
		],
		[
			`Filter ${fmt(filter.count)} keys (browser state rows, filterKeys)`,
			`${fmt(filter.medianMs, 1)} ms`,
			`first run ${fmt(filter.coldMs, 1)} ms, worst ${fmt(filter.maxMs, 1)} ms, ${filter.hits} hits; ${ok(filter.coldMs < 100)} (< 100 ms)`
		],
		[
			`App page: Load all ${fmt(COUNT)} objects`,
			`${fmt(appUi.loadAllMs / 1000, 1)} s`,
			`${fmt(rate(appUi.loadAllMs, COUNT))} objects/s; the built app, list rendered (${appRuns[0].domRows} rows in the DOM)`
		],
		[
			`App page, ${fmt(COUNT)} rows: scroll to end / filter / sort`,
			`${fmt(appUi.scrollMs + appUi.filterMs + appUi.sortMs)} ms`,
			`${fmt(appUi.scrollMs)} / ${fmt(appUi.filterMs)} / ${fmt(appUi.sortMs)} ms until the row shows; ${ok(appUi.scrollMs + appUi.filterMs + appUi.sortMs < 5000)} (< 5 s)`
		],
		[
			'First screen: JS+CSS Chromium fetches (gzip)',
			`${fmt(screen.weight.total / 1024, 1)} KB`,
			`${screen.weight.files.length} files until Endpoint URL takes input; the build prints ${fmt(budget.total / 1024, 1)} KB in ${budget.files.length} files, ${screen.agree ? 'the same files' : 'OTHER FILES'}; ${ok(screen.weight.total <= 60 * 1024 && screen.agree)} (≤ 60 KB)`
		],
		[
			'Service worker precache (gzip)',
			`${fmt(precache.gzip / 1024, 1)} KB`,
			`${precache.files} files, ${fmt(precache.raw / 1024, 1)} KB raw: every build file, for offline use`
		],
		...['gzip', 'raw'].map((encoding) => {
			const t = screen.times[encoding];
			return [
				`First screen interactive, mobile profile, ${encoding === 'gzip' ? 'served gzip' : 'served uncompressed'}`,
				`${fmt(t.median)} ms`,
				`median of ${SCREEN_RUNS} first visits (${fmt(t.min)}–${fmt(t.max)} ms); ${ok(t.median <= 1500)} (≤ 1.5 s)`
			];
		}),
		[
			'QR, app drawQr (H→L fallback), 500-char URL',
			`${fmt(qr500.medianMs, 2)} ms`,
			`median of 50; level ${qr500.level}, version ${qr500.version}`
		],
		[
			'QR, app drawQr (H→L fallback), 1,500-char URL',
			`${fmt(qr1500.medianMs, 2)} ms`,
			`median of 50; level ${qr1500.level}, version ${qr1500.version}`
		]
	];
	const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
	console.log(
		`\nS3 Presign benchmark, ${machine.date}; ${machine.nproc} cores (${machine.cpu}), ${machine.memory}, Chromium ${machine.chromium}`
	);
	console.log(
		`seed-large: ${fmt(seedSecs, 1)} s; ${RUNS} runs per figure, medians; ${fmt(N)} GET URLs per presign run\n`
	);
	for (const r of rows)
		console.log(`${r[0].padEnd(width[0])}  ${r[1].padStart(width[1])}  ${r[2]}`);
	// Formatted as `npm run lint` (prettier --check .) expects.
	const md = await format(markdown(machine, rows, seedSecs, presign), { parser: 'markdown' });
	writeFileSync(join(ROOT, 'BENCHMARKS.md'), md);
	log('BENCHMARKS.md written');
} finally {
	await browser?.close();
	if (server) await stopServer(server);
	if (appServer) await stopServer(appServer);
	rmSync(temp, { recursive: true, force: true });
	rmSync(join(ROOT, '.svelte-kit-bench'), { recursive: true, force: true });
	if (!KEEP)
		spawnSync('bash', ['scripts/s3-local.sh', 'down'], {
			cwd: ROOT,
			env: s3Env,
			stdio: ['ignore', 'ignore', 'inherit']
		});
	else
		log(
			`RGW kept on ${conn.endpoint}: RGW_PORT=${RGW_PORT} MON_PORT=${MON_PORT} bash scripts/s3-local.sh down`
		);
}

/** A note when other work shared the cores: then figures move a lot from run to run. */
function loadWarning(m) {
	const busiest = Math.max(
		...m.load
			.match(/[\d.]+/g)
			.slice(0, 6)
			.map(Number)
	);
	if (busiest <= Number(m.nproc)) return '';
	return `**Caution:** the load average reached ${busiest} on ${m.nproc} cores during this run, so other processes competed for the CPU; absolute rates (and ratios between figures measured minutes apart) vary a lot between runs on a busy machine. Re-run on an idle machine for figures to compare with other runs.\n\n`;
}

function longTask(ms) {
	return ms > 0 ? `${fmt(ms)} ms` : 'none ≥ 50 ms';
}

function markdown(m, rows, seedSecs, presign) {
	return `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs); re-run it to refresh. One run, on one machine:

| | |
|---|---|
| Date | ${m.date} |
| CPU | ${m.cpu}, ${m.nproc} cores (nproc) |
| Memory | ${m.memory} |
| Browser | Chromium ${m.chromium} (headless) |
| Node | ${m.node} |
| Load average | ${m.load} |
| S3 | local Ceph RGW (scripts/s3-local.sh), 100,000 objects under \`demo/large/\`; seed-large took ${fmt(seedSecs, 1)} s |

${loadWarning(m)}Each figure is the median of several runs of ${fmt(N)} GET presigns or one full listing, after a warm-up.
"MISSED" marks a figure that misses its target.

| Measure | Result | Notes |
|---|---:|---|
${rows.map((r) => `| ${r[0]} | ${r[1]} | ${r[2]} |`).join('\n')}

## How the first screen is measured

- Weight: the built app in a fresh Chromium context (empty cache, before its service worker exists);
  every JS and CSS file whose fetch began (Resource Timing) before an enabled input labelled
  "Endpoint URL" was in the page, gzip -9 (\`scripts/lib/first-screen.mjs\`). \`npm run build\` prints the
  same set, read from the module graph: index.html links Kit's entries, the root layout, the "/" route's
  node, their imports and CSS (\`scripts/lib/first-load.mjs\`); the row says whether both name the same files.
- Time: the same first visit with Lighthouse's mobile profile through the DevTools protocol
  (\`Emulation.setCPUThrottlingRate\` 4, \`Network.emulateNetworkConditions\` 150 ms latency, 1.6 Mbit/s
  down, 750 kbit/s up), from navigation start until the field is there (its handlers are attached
  before it is inserted; the run then types into it and checks the text stays). Median of ${SCREEN_RUNS} visits,
  served as files are (uncompressed) and gzip-encoded. With other work on the machine the CPU
  slowdown compounds, so this figure moves most with the load average.
- Later parts (S3 client and signers, QR, link card, bucket browser, bulk links) load when first
  needed and all together once the first screen is idle (\`src/lib/components/on-demand.ts\`).

## How the bulk signer gets there

- \`@aws-sdk/s3-request-presigner\` runs the whole SDK middleware stack per URL (${fmt(presign.sdk)} URLs/s here).
- \`presignUrl\` (smithy SignatureV4) is the app's single-link path: five hash calls per URL (${fmt(presign.smithy)} URLs/s).
- The bulk signer (\`src/lib/bulk/batch-sigv4.ts\`) derives the SigV4 signing key once per batch and then
  does one SHA-256 and one HMAC per URL, on WebCrypto (the table shows sha256-js too: synchronous,
  but slower in the workers in every run here). It is byte-identical to \`presignUrl\` for 1,000 random
  keys and to every plain GET botocore vector (\`batch-sigv4.spec.ts\`).
- Batches of 500 keys go to a pool of ${presign.workers} module workers (\`navigator.hardwareConcurrency\`, capped at 4),
  so the page only assembles results. The floor figure is single-threaded WebCrypto on the main thread.
- Listing throughput is bound by RGW, which answers each 1,000-key page in turn; the app and botocore
  send the same requests. The app's client reads \`NextContinuationToken\` from the raw response text
  and sends the next request before it parses the current page (\`listObjectsV2Pages\`), so parsing
  and signing overlap RGW's work on the next page instead of adding to it.
`;
}
