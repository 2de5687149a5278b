// node scripts/seed-large.mjs [count=100000] [prefix=large/]
// Fills a prefix of bucket `demo` (env SEED_BUCKET overrides) with small objects, for
// pagination and performance tests. Idempotent: lists what is there and uploads only the
// missing keys. Env: S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, SEED_PARALLEL (32; more is slower on 2 cores).
import {
	configFromEnv,
	createBucket,
	createClient,
	listKeys,
	mapLimit,
	putObject
} from './lib/s3-node.mjs';

const count = Number(process.argv[2] ?? 100000);
const prefix = process.argv[3] ?? 'large/';
const bucket = process.env.SEED_BUCKET || 'demo';
const parallel = Number(process.env.SEED_PARALLEL || 32);
if (!Number.isInteger(count) || count < 1) {
	console.error(
		'usage: node scripts/seed-large.mjs [count] [prefix]   (count: a positive integer)'
	);
	process.exit(2);
}

const client = createClient(configFromEnv());
const width = Math.max(6, String(count).length);
const keyOf = (n) => `${prefix}obj-${String(n).padStart(width, '0')}.txt`;
const log = (msg) => console.log(`[seed-large] ${msg}`);

await createBucket(client, bucket);
const tList = performance.now();
const existing = new Set(await listKeys(client, bucket, prefix));
log(`${existing.size} keys already under ${bucket}/${prefix} (listed in ${since(tList)} s)`);

const missing = [];
for (let n = 1; n <= count; n++) if (!existing.has(keyOf(n))) missing.push(n);
if (missing.length === 0) {
	log(`nothing to do: ${count} objects present`);
	process.exit(0);
}

log(`uploading ${missing.length} objects, ${parallel} in flight`);
const t0 = performance.now();
let done = 0;
const progress = setInterval(() => report(), 2000);
try {
	await mapLimit(missing, parallel, async (n) => {
		await putObject(client, bucket, keyOf(n), `object ${n}\n`);
		done++;
	});
} finally {
	clearInterval(progress);
}
report();
log(`done: ${count} objects under ${bucket}/${prefix}`);

function report() {
	const s = (performance.now() - t0) / 1000;
	log(`${done}/${missing.length} uploaded, ${Math.round(done / s)} objects/s, ${s.toFixed(1)} s`);
}

function since(t) {
	return ((performance.now() - t) / 1000).toFixed(1);
}
