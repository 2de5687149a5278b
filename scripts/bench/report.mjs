// The bench's report: the machine it ran on, the table on stdout and BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { N, SCREEN_RUNS, fmt } from './common.mjs';

export const loadNow = () =>
	loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');

/** Date, cores, CPU, memory, versions and the load average at start (`loadBefore`) and now. */
export function machineInfo(browserVersion, loadBefore) {
	const cpu =
		/model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
	return {
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
		memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
		cpu,
		chromium: browserVersion,
		node: process.version,
		load: `${loadBefore} at start, ${loadNow()} at end (1/5/15 min)`
	};
}

/** The table on stdout; `seedSecs` is undefined when the listing did not run. */
export function printTable(m, rows, { seedSecs, runs, groups, all }) {
	const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
	console.log(
		`\nS3 Presign benchmark, ${m.date}; ${m.nproc} cores (${m.cpu}), ${m.memory}, Chromium ${m.chromium}`
	);
	if (!all)
		console.log(
			`groups: ${groups.join(', ')} only (BENCHMARKS.md is written only when every group runs); load ${m.load}`
		);
	const seed = seedSecs === undefined ? 'not run' : `${fmt(seedSecs, 1)} s`;
	console.log(
		`seed-large: ${seed}; ${runs} runs per figure, medians; ${fmt(N)} GET URLs per presign run\n`
	);
	for (const r of rows)
		console.log(`${r[0].padEnd(width[0])}  ${r[1].padStart(width[1])}  ${r[2]}`);
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

/** BENCHMARKS.md of a run of every group, before prettier formats it. */
export function markdown(m, rows, seedSecs, presign) {
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
