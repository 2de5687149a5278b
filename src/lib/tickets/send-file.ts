// Sends one file through a ticket: ListParts first (so a reload or a lost connection resumes
// instead of starting over), then the missing parts four at a time with retries and backoff,
// then CompleteMultipartUpload, then the manifest is deleted. Only presigned URLs are used: the
// page holding the ticket has no keys.
import type { putWithProgress } from '$lib/links/xhr-upload';
import { isAbortError, NetworkError, S3Error, s3ErrorFromResponse, TimeoutError } from '$lib/s3';
import {
	completeBody,
	completeFailure,
	parseListParts,
	partRange,
	type ListedPart
} from '$lib/s3/multipart';
import { partUrl, type Ticket } from './manifest';
import {
	backoffMs,
	fingerprint,
	MAX_ATTEMPTS,
	resumePlan,
	retryableStatus,
	sameFile,
	type FileFingerprint
} from './resume';

/** Parts in flight at once. */
export const PARALLEL_PARTS = 4;

/**
 * A stop the person can act on; `message` is meant to be shown as is (in English; `template`
 * and `params` for the page to say it in its language).
 */
export class UploadStopped extends Error {
	override name = 'UploadStopped';
	readonly template: string;
	readonly params?: Record<string, string>;
	constructor(template: string, params?: Record<string, string>) {
		super(template.replace(/\{(\w+)\}/g, (whole, name: string) => params?.[name] ?? whole));
		this.template = template;
		this.params = params;
	}
}

export const ETAG_HIDDEN =
	"The server took the first part, but this page cannot read its receipt (the ETag header): the bucket's CORS rule does not expose it, and the upload cannot be finished without it. Ask the sender to add ETag to the ExposeHeaders of the bucket’s CORS rule (the CORS doctor of S3 Presign prints the rule), then press Upload file again: parts already sent are kept.";

export interface SendDeps {
	fetch: typeof fetch;
	put: typeof putWithProgress;
	/** Resolves after `ms`, rejects with an AbortError when `signal` aborts. */
	sleep: (ms: number, signal: AbortSignal) => Promise<void>;
	/** The file this tab last sent through this ticket, if any. */
	previous: FileFingerprint | null;
	remember: (file: FileFingerprint) => void;
}

export interface SendProgress {
	/** Bytes on the server or in flight, of `total`. */
	loaded: number;
	total: number;
	/** Bytes that were already on the server when this run started. */
	resumed: number;
}

export interface SendResult {
	partsSent: number;
	resumedParts: number;
	/** False when the manifest could not be deleted (the upload itself is complete). */
	manifestDeleted: boolean;
}

async function request(
	deps: SendDeps,
	url: string,
	init: RequestInit
): Promise<{ res: Response; text: string }> {
	try {
		const res = await deps.fetch(url, init);
		const text = await res.text();
		if (!res.ok) {
			throw s3ErrorFromResponse({ status: res.status, body: text, headers: res.headers });
		}
		return { res, text };
	} catch (e) {
		if (e instanceof TypeError) throw new NetworkError(new URL(url).origin, e);
		throw e;
	}
}

/** Every part on the server, page by page (each page has its own presigned URL). */
export async function listAllParts(
	ticket: Ticket,
	deps: SendDeps,
	signal: AbortSignal
): Promise<ListedPart[]> {
	const parts: ListedPart[] = [];
	for (const url of ticket.listParts) {
		const { text } = await request(deps, url, { signal });
		let page;
		try {
			page = parseListParts(text);
		} catch {
			throw new UploadStopped('The server answered the part listing with something unexpected.');
		}
		parts.push(...page.parts);
		if (!page.isTruncated) break;
	}
	return parts;
}

/** Sends `file`; throws UploadStopped, NetworkError, S3Error or an AbortError. */
export async function sendFile(
	ticket: Ticket,
	file: File,
	deps: SendDeps,
	signal: AbortSignal,
	onProgress: (p: SendProgress) => void
): Promise<SendResult> {
	if (file.size > ticket.maxBytes) {
		throw new UploadStopped(
			'{name} is {bytes} bytes, larger than this ticket takes ({max} bytes). Nothing was sent.',
			{
				name: file.name,
				bytes: file.size.toLocaleString('en'),
				max: ticket.maxBytes.toLocaleString('en')
			}
		);
	}
	if (file.size === 0)
		throw new UploadStopped('{name} is empty. Nothing was sent.', { name: file.name });
	const listed = await listAllParts(ticket, deps, signal);
	const me = fingerprint(file);
	const plan = resumePlan(file.size, ticket.partSize, listed, sameFile(deps.previous, me));
	deps.remember(me);
	const etags = new Map(plan.done);
	const inFlight = new Map<number, number>();
	let sentBytes = 0;
	const report = () => {
		let moving = 0;
		for (const n of inFlight.values()) moving += n;
		onProgress({
			loaded: plan.doneBytes + sentBytes + moving,
			total: file.size,
			resumed: plan.doneBytes
		});
	};
	report();

	const stop = new AbortController();
	const both = AbortSignal.any([signal, stop.signal]);
	const queue = [...plan.todo];
	const sendPart = async (n: number) => {
		const [start, end] = partRange(n, ticket.partSize, file.size);
		const body = file.slice(start, end);
		for (let attempt = 1; ; attempt++) {
			if (attempt > 1) await deps.sleep(backoffMs(attempt), both);
			inFlight.set(n, 0);
			let failure: unknown;
			try {
				const res = await deps.put(
					partUrl(ticket, n),
					body,
					{},
					(loaded) => {
						inFlight.set(n, loaded);
						report();
					},
					both
				);
				if (res.status >= 200 && res.status < 300) {
					if (!res.etag) throw new UploadStopped(ETAG_HIDDEN);
					etags.set(n, res.etag);
					sentBytes += end - start;
					return;
				}
				failure = s3ErrorFromResponse({ status: res.status, body: res.body });
				if (!retryableStatus(res.status)) throw failure;
			} catch (e) {
				if (isAbortError(e) || e instanceof UploadStopped || e === failure) throw e;
				failure =
					e instanceof TypeError ? new NetworkError(new URL(ticket.parts.first).origin, e) : e;
				if (!(failure instanceof NetworkError)) throw failure;
			} finally {
				inFlight.delete(n);
				report();
			}
			if (attempt >= MAX_ATTEMPTS) throw failure;
		}
	};
	const lane = async () => {
		for (let n = queue.shift(); n !== undefined; n = queue.shift()) await sendPart(n);
	};
	try {
		await Promise.all(Array.from({ length: Math.min(PARALLEL_PARTS, queue.length) }, lane));
	} catch (e) {
		stop.abort(); // the other lanes stop too; parts they finished stay on the server
		throw e;
	}

	const { text } = await request(deps, ticket.complete, {
		method: 'POST',
		headers: { 'content-type': 'application/xml' },
		body: completeBody(etags),
		signal
	});
	const failed = completeFailure(text);
	if (failed) {
		throw new S3Error({ code: failed.code, message: failed.message, status: 200, body: text });
	}
	let manifestDeleted = true;
	try {
		await request(deps, ticket.deleteTicket, { method: 'DELETE', signal });
	} catch (e) {
		if (isAbortError(e)) throw e;
		manifestDeleted = false;
	}
	return { partsSent: plan.todo.length, resumedParts: plan.done.size, manifestDeleted };
}

/** True for errors a retry later may fix (the connection, not the link). */
export function isConnectionLoss(e: unknown): boolean {
	return e instanceof NetworkError || e instanceof TimeoutError;
}
