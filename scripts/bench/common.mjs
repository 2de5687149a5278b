// What every part of the bench shares: the ports, the S3 connection and its environment, the
// command runner and the number formatting of the table.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** GET URLs per presign run. */
export const N = 10_000;
/** First visits timed per encoding on the mobile profile (the median is reported). */
export const SCREEN_RUNS = 7;
export const PREFIX = 'large/';
export const RGW_PORT = Number(process.env.BENCH_RGW_PORT ?? 7490);
export const MON_PORT = Number(process.env.BENCH_MON_PORT ?? 3310);
export const PAGE_PORT = Number(process.env.BENCH_PAGE_PORT ?? 4190);
export const ORIGIN = `http://127.0.0.1:${PAGE_PORT}`;
export const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4191);
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const conn = {
	endpoint: `http://127.0.0.1:${RGW_PORT}`,
	region: 'us-east-1',
	accessKeyId: 'TESTACCESSKEY1234567',
	secretAccessKey: 'testsecretkey1234567890abcdefghijklmnopq',
	bucket: 'demo'
};
export const s3Env = {
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

export const log = (msg) =>
	console.error(`[bench ${new Date().toTimeString().slice(0, 8)}] ${msg}`);
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Items per second for `n` items in `ms`. */
export const rate = (ms, n = N) => Math.round(n / (ms / 1000));
/** The median duration of measurement runs that each report `ms`. */
export const medianMs = (runs) => median(runs.map((r) => r.ms));
export const fmt = (x, digits = 0) =>
	x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** The table's verdict on a target. */
export const ok = (pass) => (pass ? 'ok' : 'MISSED');
export const longTask = (ms) => (ms > 0 ? `${fmt(ms)} ms` : 'none ≥ 50 ms');

/** Runs a command in the repository with the S3 environment, returns [stdout, seconds]. */
export function timed(cmd, cmdArgs, options = {}) {
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
