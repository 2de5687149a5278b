import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSettlement } from '../testing/settlement';
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { createS3Client } from './client';
import { startDeadline } from './deadline';
import { parseEndpoint, type Location } from './endpoint';
import { NetworkError, TimeoutError, isAbortError } from './errors';
import { createTransport, type TransportOptions } from './transport';

const LOC: Location = {
	protocol: 'http:',
	host: '10.9.8.7:7480',
	urlHost: '10.9.8.7:7480',
	path: '/bkt/key.txt',
	addressing: 'path'
};

/** A fetch that never answers (a server that accepted the connection and went silent). */
function silentFetch() {
	let calls = 0;
	let called!: () => void;
	const sent = new Promise<void>((resolve) => (called = resolve));
	const fetch = ((_url: string, init: RequestInit) => {
		calls++;
		called();
		return new Promise((_, reject) => {
			const signal = init.signal as AbortSignal;
			signal.addEventListener('abort', () => reject(signal.reason), { once: true });
		});
	}) as unknown as typeof globalThis.fetch;
	return { fetch, sent, calls: () => calls };
}

const base = (fetch: typeof globalThis.fetch): TransportOptions => ({
	region: 'us-east-1',
	credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
	now: () => new Date('2024-06-15T12:34:56Z'),
	fetch,
	sha256: JsSha256
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('transport deadlines', () => {
	it('gives up on a request without an answer after 15 s, with a TimeoutError naming the causes', async () => {
		const silent = silentFetch();
		const { send } = createTransport(base(silent.fetch));
		const result = watchSettlement(
			send({ method: 'HEAD', loc: LOC }, new AbortController().signal)
		);
		await silent.sent;
		await vi.advanceTimersByTimeAsync(14_999);
		expect(result.settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(result.error).toBeInstanceOf(TimeoutError);
		const e = result.error as TimeoutError;
		expect(e).toBeInstanceOf(NetworkError); // the offline check and messages still apply
		expect(isAbortError(e)).toBe(false); // and it is not mistaken for the user's cancel
		expect(e.ms).toBe(15_000);
		expect(e.origin).toBe('http://10.9.8.7:7480');
		expect(e.message).toMatch(/within 15 seconds.*VPN.*firewall.*down/);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('gives one listing page 30 s', async () => {
		const silent = silentFetch();
		const c = createS3Client({
			...base(silent.fetch),
			endpoint: parseEndpoint('http://10.9.8.7:7480'),
			addressing: 'path'
		});
		const result = watchSettlement(
			c.listObjectsV2({ bucket: 'bkt' }, new AbortController().signal)
		);
		await silent.sent;
		await vi.advanceTimersByTimeAsync(29_999);
		expect(result.settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(result.error).toBeInstanceOf(TimeoutError);
		expect((result.error as TimeoutError).ms).toBe(30_000);
		expect(silent.calls()).toBe(1); // a timeout is not "V2 unsupported": no V1 retry
	});

	it('gives a server-side copy 10 minutes: the server answers only once it has copied', async () => {
		const silent = silentFetch();
		const c = createS3Client({
			...base(silent.fetch),
			endpoint: parseEndpoint('http://10.9.8.7:7480'),
			addressing: 'path'
		});
		const copy = { bucket: 'bkt', sourceKey: 'big.bin', destinationKey: 'big.bin.disabled' };
		const result = watchSettlement(c.copyObject(copy, new AbortController().signal));
		await silent.sent;
		await vi.advanceTimersByTimeAsync(599_999);
		expect(result.settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect((result.error as TimeoutError).ms).toBe(600_000);
	});

	it("keeps the caller's abort an AbortError and stops the count", async () => {
		const silent = silentFetch();
		const { send } = createTransport(base(silent.fetch));
		const controller = new AbortController();
		const result = watchSettlement(send({ method: 'GET', loc: LOC }, controller.signal));
		await silent.sent;
		await vi.advanceTimersByTimeAsync(5_000);
		controller.abort();
		await vi.advanceTimersByTimeAsync(0);
		expect(isAbortError(result.error)).toBe(true);
		expect(result.error).not.toBeInstanceOf(TimeoutError);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('stops the count once the answer is in', async () => {
		const fetch = (async () => new Response('<x/>')) as unknown as typeof globalThis.fetch;
		const { send } = createTransport(base(fetch));
		const { text } = await send({ method: 'GET', loc: LOC }, new AbortController().signal);
		expect(text).toBe('<x/>');
		expect(vi.getTimerCount()).toBe(0);
	});

	it('also times out a body that stops arriving after the headers', async () => {
		let called!: () => void;
		const sent = new Promise<void>((resolve) => (called = resolve));
		const fetch = (async (_url: string, init: RequestInit) => {
			called();
			const signal = init.signal as AbortSignal;
			const body = new ReadableStream<Uint8Array>({
				start(stream) {
					stream.enqueue(new TextEncoder().encode('<ListBucketResult>'));
					signal.addEventListener('abort', () => stream.error(signal.reason));
				}
			});
			return new Response(body);
		}) as unknown as typeof globalThis.fetch;
		const { send } = createTransport(base(fetch));
		const result = watchSettlement(send({ method: 'GET', loc: LOC }, new AbortController().signal));
		await sent;
		await vi.advanceTimersByTimeAsync(15_000);
		expect(result.error).toBeInstanceOf(TimeoutError);
	});

	it('takes its deadlines and timers from the options', async () => {
		const silent = silentFetch();
		const asked: number[] = [];
		const { send } = createTransport({
			...base(silent.fetch),
			deadlines: { request: 2_000 },
			timers: {
				setTimeout: (callback, ms) => (asked.push(ms), setTimeout(callback, ms)),
				clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
			}
		});
		const result = watchSettlement(
			send({ method: 'DELETE', loc: LOC }, new AbortController().signal)
		);
		await silent.sent;
		await vi.advanceTimersByTimeAsync(2_000);
		expect(asked).toEqual([2_000]);
		expect((result.error as TimeoutError).ms).toBe(2_000);
	});
});

describe('startDeadline', () => {
	it('counts again from zero on extend(), and never fires after clear()', async () => {
		const deadline = startDeadline(1_000);
		await vi.advanceTimersByTimeAsync(900);
		deadline.extend();
		await vi.advanceTimersByTimeAsync(900);
		expect(deadline.expired).toBe(false);
		await vi.advanceTimersByTimeAsync(100);
		expect(deadline.expired).toBe(true);
		expect((deadline.signal.reason as DOMException).name).toBe('TimeoutError');

		const cleared = startDeadline(1_000);
		cleared.clear();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(cleared.expired).toBe(false);
	});
});
