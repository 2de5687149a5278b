// PUT through XMLHttpRequest, because fetch() still has no upload progress events.
import { DEADLINES, TimeoutError, startDeadline, type DeadlineTimers } from '$lib/s3';

export interface UploadResult {
	status: number;
	body: string;
	/** The ETag header, or null when absent or hidden by CORS (not in ExposeHeaders). */
	etag: string | null;
}

/** How long an upload may go without progress (not a total: big files on slow lines are fine). */
export interface StallOptions {
	ms?: number;
	timers?: DeadlineTimers;
}

/**
 * Sends `body` to a presigned PUT URL, reporting progress; rejects with a TypeError on network
 * errors, a TimeoutError when nothing moved for `stall.ms`, or an AbortError when `signal` aborts.
 */
export function putWithProgress(
	url: string,
	body: Blob,
	headers: Record<string, string>,
	onProgress: (loaded: number, total: number) => void,
	signal: AbortSignal,
	stall: StallOptions = {}
): Promise<UploadResult> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		const ms = stall.ms ?? DEADLINES.stall;
		const deadline = startDeadline(ms, stall.timers);
		deadline.signal.addEventListener('abort', () => xhr.abort(), { once: true });
		xhr.open('PUT', url);
		for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
		xhr.upload.onprogress = (e) => {
			deadline.extend();
			onProgress(e.loaded, e.lengthComputable ? e.total : body.size);
		};
		xhr.onprogress = () => deadline.extend(); // the answer is arriving
		xhr.onload = () => {
			deadline.clear();
			resolve({ status: xhr.status, body: xhr.responseText, etag: xhr.getResponseHeader('ETag') });
		};
		xhr.onerror = () => {
			deadline.clear();
			reject(new TypeError('Network error'));
		};
		xhr.onabort = () => {
			deadline.clear();
			if (deadline.expired && !signal.aborted) reject(new TimeoutError(new URL(url).origin, ms));
			else reject(new DOMException('Upload cancelled', 'AbortError'));
		};
		signal.addEventListener('abort', () => xhr.abort(), { once: true });
		// A typeless Blob: the browser then sends no Content-Type of its own, which a SigV2
		// signature (and a SigV4 one with a signed content-type) would not match.
		xhr.send(headers['content-type'] ? body : body.slice(0, body.size, ''));
	});
}
