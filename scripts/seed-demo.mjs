// Seeds the local S3 (scripts/s3-local.sh) with demo data. Idempotent: safe to re-run.
//   bucket `demo`   CORS for APP_ORIGINS, awkward keys, a PNG, many/ with 2,500 objects
//   bucket `nocors` one object and no CORS rule (shows the app's CORS doctor)
// Env: S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, APP_ORIGINS (comma-separated).
import { deflateSync } from 'node:zlib';
import { CORS_RULE } from '../src/lib/s3/cors-rule.js';
import {
	appCorsXml,
	configFromEnv,
	createBucket,
	createClient,
	listKeys,
	mapLimit,
	putBucketCors,
	putObject
} from './lib/s3-node.mjs';

const MANY = 2500;
const DEFAULT_ORIGINS =
	'http://127.0.0.1:4173,http://localhost:4173,http://127.0.0.1:4174,http://localhost:4174';

const origins = (process.env.APP_ORIGINS || DEFAULT_ORIGINS)
	.split(',')
	.map((s) => s.trim())
	.filter(Boolean);

const t0 = performance.now();
const secs = (from = t0) => ((performance.now() - from) / 1000).toFixed(1) + ' s';
const log = (msg) => console.log(`[seed-demo] ${msg}`);

const client = createClient(configFromEnv());
const endpoint = client.config.endpoint;

// ---------------------------------------------------------------- demo bucket + CORS
await createBucket(client, 'demo');
log(`bucket demo ready at ${endpoint}`);
await putBucketCors(client, 'demo', appCorsXml(origins));
await verifyPreflight('demo', origins[0]);

// ---------------------------------------------------------------- demo objects
const readme = [
	'S3 Presign demo bucket',
	'',
	'Pick any object and create a time-limited presigned link for it.',
	'Keys here are deliberately awkward: spaces, Japanese, emoji, "+", "%", "#", "?" and an',
	'XSS-shaped name. The prefix many/ holds 2,500 objects to exercise pagination.',
	''
].join('\n');
const objects = [
	['README.txt', readme],
	['images/logo.png', makePng(64), 'image/png'],
	['docs/reports/2026/summary.txt', 'Summary for 2026: everything is fine.\n'],
	['with space/hello world.txt', 'hello world\n'],
	['データ/ファイル 1.txt', 'こんにちは、世界\n'],
	['<img src=x onerror=alert(1)>.txt', 'If you can read this as text, escaping works.\n'],
	['tricky/a+b ~c%d#e?f=g&h.txt', 'plus, tilde, percent, hash, question mark, ampersand\n'],
	['tricky/emoji 😀.txt', 'emoji key 😀\n']
];
await mapLimit(objects, 8, ([key, body, type]) =>
	putObject(client, 'demo', key, body, type ?? 'text/plain; charset=utf-8')
);
log(`${objects.length} demo objects written`);

const tMany = performance.now();
const existing = await listKeys(client, 'demo', 'many/');
if (existing.length === MANY) {
	log(`many/ already holds ${MANY} objects; skipped (${secs(tMany)})`);
} else {
	const keys = Array.from({ length: MANY }, (_, i) => i + 1);
	await mapLimit(keys, 32, (n) =>
		putObject(client, 'demo', `many/item-${String(n).padStart(5, '0')}.txt`, `item ${n}\n`)
	);
	const dt = (performance.now() - tMany) / 1000;
	log(`many/: ${MANY} objects uploaded in ${dt.toFixed(1)} s (${Math.round(MANY / dt)}/s)`);
}

// ---------------------------------------------------------------- nocors bucket
await createBucket(client, 'nocors');
log('bucket nocors ready (no CORS rule)');
await putObject(client, 'nocors', 'hello.txt', 'This bucket has no CORS rule.\n');

log(`done in ${secs()}`);

/** OPTIONS preflight as a browser would send it; fails loudly if CORS is not in effect. */
async function verifyPreflight(bucket, origin) {
	const res = await fetch(`${endpoint}/${bucket}/README.txt`, {
		method: 'OPTIONS',
		headers: {
			Origin: origin,
			'Access-Control-Request-Method': 'GET',
			'Access-Control-Request-Headers': 'authorization,x-amz-date,x-amz-content-sha256'
		}
	});
	await res.arrayBuffer();
	const acao = res.headers.get('access-control-allow-origin');
	const expose = (res.headers.get('access-control-expose-headers') || '').toLowerCase();
	if (res.status !== 200 || acao !== origin) {
		throw new Error(`CORS preflight on ${bucket} from ${origin}: HTTP ${res.status}, ACAO ${acao}`);
	}
	const missing = CORS_RULE.exposeHeaders.filter(
		(h) => !expose.split(/\s*,\s*/).includes(h.toLowerCase())
	);
	log(
		`CORS ok for ${origins.length} origins` +
			(missing.length ? `; NOT exposed by RGW: ${missing.join(', ')}` : '; all headers exposed')
	);
}

/** A real RGBA PNG (a blue disc on a transparent square), built with zlib and our own CRC-32. */
function makePng(size) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	const r = size / 2;
	for (let y = 0; y < size; y++) {
		const row = y * (size * 4 + 1); // each scanline starts with filter type 0
		for (let x = 0; x < size; x++) {
			const d = Math.hypot(x + 0.5 - r, y + 0.5 - r);
			const alpha = Math.max(0, Math.min(1, r - 2 - d)) * 255;
			raw.set([30, 100 + Math.round((120 * y) / size), 220, Math.round(alpha)], row + 1 + x * 4);
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', ihdr),
		pngChunk('IDAT', deflateSync(raw)),
		pngChunk('IEND', Buffer.alloc(0))
	]);
}

function pngChunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

// CRC-32 as in the PNG spec, https://www.w3.org/TR/png/#D-CRCAppendix
function crc32(buf) {
	let c = ~0;
	for (const byte of buf) {
		c ^= byte;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	return ~c >>> 0;
}
