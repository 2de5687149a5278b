// Presign throughput on the bench page: the bulk worker pool (both hashes, one worker, cold),
// the lean signer on the main thread, presignUrl, the AWS SDK's presigner and the WebCrypto
// floor, each the median of `runs` runs of N GET URLs after a warm-up; and the main thread's
// longest task and largest timer gap while the pool works.
import { N, conn, fmt, log, longTask, medianMs, ok, rate } from './common.mjs';

/** Measures on the bench page through `call`; resolves with the rates (URLs/s) and the runs. */
export async function measurePresign(call, runs) {
	log(`presigning ${N} GET URLs each way (${runs} runs, medians)`);
	const series = async (name, ...rest) => {
		await call(name, conn, 500, ...rest); // warm-up: JIT, workers, module loading
		const out = [];
		for (let i = 0; i < runs; i++) out.push(await call(name, conn, N, ...rest));
		return out;
	};
	const sdk = await series('presignSdk');
	const smithy = await series('presignSmithy');
	const leanMain = await series('presignLeanMain');
	const poolJs = await series('presignPool', 'js', false);
	const poolWc = await series('presignPool', 'webcrypto', false);
	const poolOne = await series('presignPool', 'js', false, 1);
	const poolCold = await call('presignPool', conn, N, 'js', true);
	const floor = await series('presignFloor');
	return {
		sdk: rate(medianMs(sdk)),
		smithy: rate(medianMs(smithy)),
		leanMain: rate(medianMs(leanMain)),
		poolJs: rate(medianMs(poolJs)),
		poolWc: rate(medianMs(poolWc)),
		poolOne: rate(medianMs(poolOne)),
		poolCold: rate(poolCold.ms),
		poolColdMs: poolCold.ms,
		floor: rate(medianMs(floor)),
		workers: poolJs[0].workers,
		longest: Math.max(...poolJs.map((r) => r.longestTaskMs), poolCold.longestTaskMs),
		gap: Math.max(...poolJs.map((r) => r.maxTimerGapMs), poolCold.maxTimerGapMs),
		runs: { sdk, poolJs, poolWc }
	};
}

/** The table's rows: [measure, result, notes]. */
export function presignRows(p) {
	const ours = Math.max(p.poolJs, p.poolWc);
	return [
		[
			'Presign, bulk worker pool (sha256-js)',
			`${fmt(p.poolJs)} URLs/s`,
			`${p.workers} workers; ${fmt(p.poolJs / p.sdk, 1)}× SDK, ${fmt(p.poolJs / p.floor, 2)}× floor`
		],
		[
			'Presign, bulk worker pool (WebCrypto)',
			`${fmt(p.poolWc)} URLs/s`,
			`${fmt(p.poolWc / p.sdk, 1)}× SDK, ${fmt(p.poolWc / p.floor, 2)}× floor`
		],
		[
			'Presign, bulk pool of 1 worker (sha256-js)',
			`${fmt(p.poolOne)} URLs/s`,
			`${fmt(p.poolOne / p.sdk, 1)}× SDK`
		],
		[
			'Presign, bulk pool incl. worker start-up',
			`${fmt(p.poolCold)} URLs/s`,
			`one cold run, ${fmt(p.poolColdMs)} ms for ${fmt(N)}`
		],
		[
			'Presign, lean signer on main thread',
			`${fmt(p.leanMain)} URLs/s`,
			`${fmt(p.leanMain / p.sdk, 1)}× SDK`
		],
		[
			'Presign, presignUrl (smithy + WebCrypto)',
			`${fmt(p.smithy)} URLs/s`,
			`${fmt(p.smithy / p.sdk, 1)}× SDK (single-link path)`
		],
		['Presign, @aws-sdk/s3-request-presigner', `${fmt(p.sdk)} URLs/s`, 'baseline'],
		[
			'Presign, WebCrypto floor (1 digest + 1 HMAC)',
			`${fmt(p.floor)} URLs/s`,
			`${fmt(p.floor / p.sdk, 1)}× SDK`
		],
		['Target: bulk ≥ 5× SDK', `${fmt(ours / p.sdk, 1)}×`, ok(ours >= 5 * p.sdk)],
		[
			'Longest main-thread task, 10,000 bulk links',
			`${longTask(p.longest)}`,
			`largest timer gap ${fmt(p.gap)} ms; ${ok(p.longest < 100)} (< 100 ms)`
		]
	];
}
