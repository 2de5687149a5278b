// The throwaway bench page: every measurement runs here, in Chromium, called by scripts/bench.mjs
// through `window.bench`. It imports the app's own modules ($lib), never a copy of them.
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import QRCode from 'qrcode';
import { drawQr, type CreateQr } from '$lib/links/qr';
import { parseEndpoint, createS3Client, presignUrl } from '$lib/s3';
import { SignPool, listAllObjects, type BulkItem, type BulkJob, type HashBackend } from '$lib/bulk';
import { presignKeysJs } from '$lib/bulk/batch-sigv4';
import { clearBrowserFilter, filterInBrowser, listInBrowser } from './browser-probe.svelte.js';

export interface Conn {
	endpoint: string;
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
	bucket: string;
}

const job = (c: Conn): BulkJob => ({
	signer: 'v4',
	endpoint: parseEndpoint(c.endpoint),
	region: c.region,
	addressing: 'path',
	bucket: c.bucket,
	credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey },
	expiresIn: 3600,
	now: new Date()
});

const keysOf = (n: number) =>
	Array.from({ length: n }, (_, i) => `large/obj-${String(i + 1).padStart(6, '0')}.txt`);

/** Longest task (PerformanceObserver 'longtask', ≥50 ms) and largest timer gap during `run`. */
async function watchMainThread<T>(run: () => Promise<T>) {
	let longest = 0;
	let count = 0;
	const observer = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			longest = Math.max(longest, e.duration);
			count++;
		}
	});
	observer.observe({ type: 'longtask' });
	// A 0 ms timer loop sees every gap, also the ones under the 50 ms long-task threshold.
	let maxGap = 0;
	let last = performance.now();
	let ticking = true;
	const tick = () => {
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last);
		last = now;
		if (ticking) setTimeout(tick, 0);
	};
	setTimeout(tick, 0);
	const t0 = performance.now();
	const result = await run();
	const ms = performance.now() - t0;
	ticking = false;
	await new Promise((r) => setTimeout(r, 100)); // let the observer deliver
	observer.disconnect();
	return { result, ms, longestTaskMs: longest, longTasks: count, maxTimerGapMs: maxGap };
}

let pool: SignPool | null = null;

const bench = {
	/** @aws-sdk/s3-request-presigner, one URL after another as an app would call it. */
	async presignSdk(c: Conn, n: number) {
		const client = new S3Client({
			region: c.region,
			endpoint: c.endpoint,
			forcePathStyle: true,
			credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey },
			responseChecksumValidation: 'WHEN_REQUIRED'
		});
		const keys = keysOf(n);
		const t0 = performance.now();
		let last = '';
		for (const Key of keys) {
			last = await getSignedUrl(client, new GetObjectCommand({ Bucket: c.bucket, Key }), {
				expiresIn: 3600
			});
		}
		return { ms: performance.now() - t0, sample: last };
	},

	/** presignUrl (smithy SignatureV4 + WebCrypto), the app's single-link path. */
	async presignSmithy(c: Conn, n: number) {
		const keys = keysOf(n);
		const j = job(c);
		const t0 = performance.now();
		for (const key of keys) await presignUrl({ ...j, method: 'GET', key });
		return { ms: performance.now() - t0 };
	},

	/** The lean bulk signer on the main thread (sha256-js), no workers. */
	async presignLeanMain(c: Conn, n: number) {
		const keys = keysOf(n);
		const t0 = performance.now();
		const urls = presignKeysJs(job(c), keys);
		return { ms: performance.now() - t0, sample: urls[n - 1] };
	},

	/** The bulk worker pool; `cold` includes starting the workers. */
	async presignPool(c: Conn, n: number, hash: HashBackend, cold: boolean, size?: number) {
		if (cold || !pool || (size && pool.size !== size)) {
			pool?.close();
			pool = new SignPool({ size });
		}
		const items: BulkItem[] = keysOf(n).map((key) => ({ key, size: 9 }));
		const watched = await watchMainThread(() => pool!.sign(job(c), items, { hash }));
		return { ...watched, result: undefined, workers: pool.size, sample: watched.result[n - 1].url };
	},

	/** The floor: one WebCrypto SHA-256 and one HMAC per URL, the HMAC key imported once. */
	async presignFloor(c: Conn, n: number) {
		const enc = new TextEncoder();
		const subtle = crypto.subtle;
		const key = await subtle.importKey(
			'raw',
			enc.encode(c.secretAccessKey),
			{ name: 'HMAC', hash: 'SHA-256' },
			false,
			['sign']
		);
		const keys = keysOf(n);
		const t0 = performance.now();
		for (const k of keys) {
			const canonical = `GET\n/${c.bucket}/${k}\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=x&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\nhost:h\n\nhost\nUNSIGNED-PAYLOAD`;
			const digest = await subtle.digest('SHA-256', enc.encode(canonical));
			await subtle.sign('HMAC', key, digest);
		}
		return { ms: performance.now() - t0 };
	},

	/** The app's recursive listing (listAllObjects on createS3Client) of one prefix. */
	async list(c: Conn, prefix: string) {
		const client = createS3Client({
			endpoint: parseEndpoint(c.endpoint),
			addressing: 'path',
			region: c.region,
			credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey },
			now: () => new Date()
		});
		const watched = await watchMainThread(() =>
			listAllObjects(client, c.bucket, prefix, { signal: new AbortController().signal })
		);
		return { ...watched, result: undefined, count: watched.result.length };
	},

	/** The app's browser state (open + Load all, rows derived per page, no DOM) on one prefix. */
	async listBrowser(c: Conn, prefix: string) {
		const watched = await watchMainThread(() => listInBrowser(c, prefix));
		return { ...watched, result: undefined, ...watched.result };
	},

	/**
	 * The browser's own filter (its rows, i.e. filterKeys over what listBrowser loaded) as the
	 * search box drives it: the first run, then the median of 10. A trailing space changes the
	 * filter text but not its hits, so every run recomputes the same rows.
	 */
	filter(query: string) {
		clearBrowserFilter();
		const times: number[] = [];
		let hits = 0;
		for (let i = 0; i < 11; i++) {
			const r = filterInBrowser(i % 2 ? `${query} ` : query);
			times.push(r.ms);
			hits = r.hits;
		}
		const count = clearBrowserFilter();
		const warm = times.slice(1).sort((a, b) => a - b);
		return { count, hits, coldMs: times[0], medianMs: warm[5], maxMs: warm[9] };
	},

	/** The app's drawQr (highest level that fits, H→L) for a URL of `length` characters, median of 50. */
	async qr(length: number) {
		const base = 'https://s3.example.com/bucket/';
		const url = base + 'k'.repeat(length - base.length);
		const create = QRCode.create as unknown as CreateQr;
		const times: number[] = [];
		let drawing = drawQr(create, url);
		for (let i = 0; i < 51; i++) {
			const t0 = performance.now();
			drawing = drawQr(create, url);
			if (i > 0) times.push(performance.now() - t0);
		}
		times.sort((a, b) => a - b);
		return {
			medianMs: times[25],
			level: drawing?.level ?? null,
			version: drawing?.version ?? null,
			pathBytes: drawing?.path.length ?? 0,
			urlLength: url.length
		};
	}
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.body.dataset.ready = 'true';
