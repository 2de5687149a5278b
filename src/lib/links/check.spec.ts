import { describe, expect, it } from 'vitest';
import { checkLink, describeOutcome } from './check';

const signal = new AbortController().signal;
const answer = (status: number, body = '', headers: Record<string, string> = {}) =>
	(async () => new Response(status === 204 ? null : body, { status, headers })) as typeof fetch;

describe('checkLink', () => {
	it('reports a working link with the size from Content-Range', async () => {
		const out = await checkLink(
			'u',
			signal,
			answer(206, 'x', { 'content-range': 'bytes 0-0/1234' })
		);
		expect(out).toEqual({
			kind: 'works',
			status: 206,
			size: 1234,
			contentType: 'text/plain;charset=UTF-8'
		});
		expect(describeOutcome(out)).toContain('1,234 bytes');
	});
	it('treats 416 (empty object) as working', async () => {
		expect(await checkLink('u', signal, answer(416))).toMatchObject({ kind: 'works', size: 0 });
	});
	it('reads the S3 error code of a refusal', async () => {
		const body = '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message></Message></Error>';
		expect(await checkLink('u', signal, answer(403, body))).toEqual({
			kind: 'refused',
			status: 403,
			code: 'AccessDenied'
		});
	});
	it('explains a network error as a possible 403 without CORS', async () => {
		const failing = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		const out = await checkLink('u', signal, failing);
		expect(out).toEqual({ kind: 'unreachable' });
		expect(describeOutcome(out)).toMatch(/403 errors without CORS headers/);
	});
	it('sends only a one-byte range', async () => {
		let sent: RequestInit | undefined;
		await checkLink('u', signal, (async (_u: unknown, init?: RequestInit) => {
			sent = init;
			return new Response('x', { status: 206 });
		}) as typeof fetch);
		expect(sent?.headers).toEqual({ range: 'bytes=0-0' });
		expect(sent?.method).toBe('GET');
	});

	/** A lazily generated body of `total` bytes that counts what was pulled and sees cancel(). */
	function endless(total: number, prefix = '') {
		const seen = { pulled: 0, cancelled: false };
		const chunk = new Uint8Array(64 * 1024).fill(120);
		const body = new ReadableStream<Uint8Array>(
			{
				start(controller) {
					if (prefix) controller.enqueue(new TextEncoder().encode(prefix));
				},
				pull(controller) {
					if (seen.pulled >= total) return controller.close();
					seen.pulled += chunk.byteLength;
					controller.enqueue(chunk);
				},
				cancel() {
					seen.cancelled = true;
				}
			},
			{ highWaterMark: 0 }
		);
		return { seen, body };
	}
	const MIB = 1024 * 1024;

	it('does not download the object when the server ignores Range', async () => {
		const { seen, body } = endless(256 * MIB);
		const out = await checkLink(
			'u',
			signal,
			(async () =>
				new Response(body, {
					status: 200,
					headers: { 'content-length': String(256 * MIB) }
				})) as typeof fetch
		);
		expect(out).toMatchObject({ kind: 'works', status: 200, size: 256 * MIB });
		expect(seen.cancelled).toBe(true);
		expect(seen.pulled).toBeLessThan(MIB);
	});
	it('reads only the start of a huge error body, and still finds its code', async () => {
		const { seen, body } = endless(256 * MIB, '<Error><Code>AccessDenied</Code>');
		const out = await checkLink(
			'u',
			signal,
			(async () => new Response(body, { status: 403 })) as typeof fetch
		);
		expect(out).toEqual({ kind: 'refused', status: 403, code: 'AccessDenied' });
		expect(seen.cancelled).toBe(true);
		expect(seen.pulled).toBeLessThan(MIB);
	});
});
