import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSettlement } from '$lib/testing/settlement';
import { NetworkError, TimeoutError, isAbortError } from '$lib/s3';
import { putWithProgress } from './xhr-upload';

/** The part of XMLHttpRequest putWithProgress uses; the test plays the network. */
class FakeXhr {
	static last: FakeXhr;
	upload: { onprogress?: (e: Partial<ProgressEvent>) => void } = {};
	onprogress?: () => void;
	onload?: () => void;
	onerror?: () => void;
	onabort?: () => void;
	status = 0;
	responseText = '';
	headers: Record<string, string> = {};
	aborted = false;
	constructor() {
		FakeXhr.last = this;
	}
	open() {}
	setRequestHeader() {}
	getResponseHeader(name: string) {
		return this.headers[name.toLowerCase()] ?? null;
	}
	send() {}
	abort() {
		this.aborted = true;
		this.onabort?.();
	}
	/** `loaded` bytes have gone out. */
	progress(loaded: number) {
		this.upload.onprogress?.({ loaded, total: 100, lengthComputable: true });
	}
}

const URL_ = 'http://10.1.2.3:7480/b/k?X-Amz-Signature=abc';
const body = new Blob(['x'.repeat(100)]);

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('putWithProgress', () => {
	it('goes on as long as bytes move, however long the upload takes in total', async () => {
		const seen: number[] = [];
		const result = watchSettlement(
			putWithProgress(URL_, body, {}, (loaded) => seen.push(loaded), new AbortController().signal)
		);
		for (let loaded = 10; loaded <= 100; loaded += 10) {
			await vi.advanceTimersByTimeAsync(50_000);
			FakeXhr.last.progress(loaded);
		}
		expect(result.settled).toBe(false); // 500 s in all, never 60 s without progress
		FakeXhr.last.status = 200;
		FakeXhr.last.onload?.();
		await vi.advanceTimersByTimeAsync(0);
		expect(result).toEqual({ settled: true });
		expect(seen).toHaveLength(10);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('hands back the ETag header, or null when CORS hides it', async () => {
		const shown = putWithProgress(URL_, body, {}, () => {}, new AbortController().signal);
		Object.assign(FakeXhr.last, { status: 200, headers: { etag: '"abc"' } });
		FakeXhr.last.onload?.();
		expect(await shown).toEqual({ status: 200, body: '', etag: '"abc"' });
		const hidden = putWithProgress(URL_, body, {}, () => {}, new AbortController().signal);
		FakeXhr.last.status = 200;
		FakeXhr.last.onload?.();
		expect((await hidden).etag).toBeNull();
	});

	it('stops after 60 s without progress, with a TimeoutError for the endpoint', async () => {
		const result = watchSettlement(
			putWithProgress(URL_, body, {}, () => {}, new AbortController().signal)
		);
		FakeXhr.last.progress(40);
		await vi.advanceTimersByTimeAsync(59_999);
		expect(result.settled).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(FakeXhr.last.aborted).toBe(true);
		expect(result.error).toBeInstanceOf(TimeoutError);
		expect(result.error).toBeInstanceOf(NetworkError);
		expect((result.error as TimeoutError).origin).toBe('http://10.1.2.3:7480');
		expect((result.error as TimeoutError).ms).toBe(60_000);
	});

	it("keeps the user's cancel an AbortError", async () => {
		const controller = new AbortController();
		const result = watchSettlement(putWithProgress(URL_, body, {}, () => {}, controller.signal));
		controller.abort();
		await vi.advanceTimersByTimeAsync(0);
		expect(isAbortError(result.error)).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
	});
});
