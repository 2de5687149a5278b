// @vitest-environment jsdom
// Sending through a ticket with the network played by the test: only missing parts go out,
// failures are retried with backoff, and a hidden ETag or a refused link stops with a sentence.
import { describe, expect, it } from 'vitest';
import { NetworkError, S3Error } from '$lib/s3';
import { manifest, MANIFEST_URL } from '$lib/testing/ticket';
import { readManifest } from './manifest';
import { ETAG_HIDDEN, sendFile, UploadStopped, type SendDeps } from './send-file';

const MiB = 1024 * 1024;
const ticket = readManifest(manifest(), MANIFEST_URL);
const file = new File([new Uint8Array(20_000_000)], 'data.bin', { lastModified: 5 });
const me = { name: 'data.bin', size: 20_000_000, lastModified: 5 };

const listing = (parts: [number, number][]) =>
	`<ListPartsResult><IsTruncated>false</IsTruncated>${parts
		.map(
			([n, size]) =>
				`<Part><PartNumber>${n}</PartNumber><ETag>"old${n}"</ETag><Size>${size}</Size></Part>`
		)
		.join('')}</ListPartsResult>`;

interface Net {
	deps: SendDeps;
	puts: number[];
	calls: string[];
	sleeps: number[];
	completed: string[];
}

/** A network where ListParts answers `listed`, and `answer` decides each part PUT. */
function network(
	listed: [number, number][],
	answer: (part: number, attempt: number) => { status: number; etag?: string | null } | 'drop',
	previous: SendDeps['previous'] = me
): Net {
	const net: Net = { puts: [], calls: [], sleeps: [], completed: [], deps: null! };
	const attempts = new Map<number, number>();
	net.deps = {
		previous,
		remember: () => {},
		sleep: async (ms) => void net.sleeps.push(ms),
		fetch: async (input, init) => {
			const url = String(input);
			const method = init?.method ?? 'GET';
			net.calls.push(`${method} ${new URL(url).search.split('&')[0]}`);
			if (url.includes('max-parts')) return new Response(listing(listed));
			if (method === 'POST') {
				net.completed.push(String(init?.body));
				return new Response('<CompleteMultipartUploadResult/>');
			}
			return new Response(null, { status: 204 });
		},
		put: async (url, body, _headers, onProgress) => {
			const n = Number(new URL(url).searchParams.get('partNumber'));
			const attempt = (attempts.get(n) ?? 0) + 1;
			attempts.set(n, attempt);
			net.puts.push(n);
			onProgress(body.size, body.size);
			const a = answer(n, attempt);
			if (a === 'drop') throw new TypeError('Failed to fetch');
			return { status: a.status, body: '', etag: a.etag === undefined ? `"new${n}"` : a.etag };
		}
	};
	return net;
}

const run = (net: Net, progress: number[] = []) =>
	sendFile(ticket, file, net.deps, new AbortController().signal, (p) => progress.push(p.loaded));

describe('sendFile', () => {
	it('sends only the parts ListParts lacks, then completes with every ETag and removes the ticket', async () => {
		const net = network([[1, 8 * MiB]], () => ({ status: 200 }));
		const progress: number[] = [];
		const result = await run(net, progress);
		expect(net.puts.sort()).toEqual([2, 3]);
		expect(result).toEqual({ partsSent: 2, resumedParts: 1, manifestDeleted: true });
		expect(net.completed[0]).toContain('<PartNumber>1</PartNumber><ETag>&#34;old1&#34;</ETag>');
		expect(net.completed[0]).toContain('<PartNumber>3</PartNumber><ETag>&#34;new3&#34;</ETag>');
		expect(net.calls.at(-1)).toMatch(/^DELETE /);
		expect(progress[0]).toBe(8 * MiB);
		expect(progress.at(-1)).toBe(20_000_000);
	});

	it('sends every part again when another file may have left those parts', async () => {
		const net = network([[1, 8 * MiB]], () => ({ status: 200 }), null);
		await run(net);
		expect(net.puts.sort()).toEqual([1, 2, 3]);
	});

	it('retries a dropped connection and a 503 with growing waits', async () => {
		const net = network([], (n, attempt) =>
			n === 2 && attempt === 1
				? 'drop'
				: n === 2 && attempt === 2
					? { status: 503 }
					: { status: 200 }
		);
		await run(net);
		expect(net.puts.filter((n) => n === 2)).toHaveLength(3);
		expect(net.sleeps).toHaveLength(2);
		expect(net.sleeps[1]).toBeGreaterThan(net.sleeps[0]);
	});

	it('gives up after five attempts with a NetworkError, without completing', async () => {
		const net = network([], (n) => (n === 3 ? 'drop' : { status: 200 }));
		await expect(run(net)).rejects.toBeInstanceOf(NetworkError);
		expect(net.puts.filter((n) => n === 3)).toHaveLength(5);
		expect(net.completed).toEqual([]);
	});

	it('does not retry a refused link (403) and does not complete', async () => {
		const net = network([], (n) => (n === 1 ? { status: 403 } : { status: 200 }));
		await expect(run(net)).rejects.toBeInstanceOf(S3Error);
		expect(net.puts.filter((n) => n === 1)).toHaveLength(1);
		expect(net.completed).toEqual([]);
	});

	it('stops with the CORS fix when the ETag header is hidden', async () => {
		const net = network([], () => ({ status: 200, etag: null }));
		await expect(run(net)).rejects.toThrow(new UploadStopped(ETAG_HIDDEN));
		expect(ETAG_HIDDEN).toMatch(/add ETag to the ExposeHeaders/);
		expect(net.completed).toEqual([]);
	});

	it('refuses a file over the limit before any request', async () => {
		const net = network([], () => ({ status: 200 }));
		const big = new File([new Uint8Array(ticket.maxBytes + 1)], 'big.bin');
		await expect(
			sendFile(ticket, big, net.deps, new AbortController().signal, () => {})
		).rejects.toThrow(/larger than this ticket takes \(20,000,000 bytes\)\. Nothing was sent/);
		expect(net.calls).toEqual([]);
	});
});
