// Which parts of a file still need sending, from what ListParts says is on the server, and how
// long to wait before retrying a part. Pure: the ticket page's state decides when to call them.
import { partRange, partsFor, type ListedPart } from '$lib/s3/multipart';

/** What identifies the file a tab started sending: a reload cannot keep the File itself. */
export interface FileFingerprint {
	name: string;
	size: number;
	lastModified: number;
}

export function fingerprint(file: FileFingerprint): FileFingerprint {
	return { name: file.name, size: file.size, lastModified: file.lastModified };
}

export function sameFile(a: FileFingerprint | null | undefined, b: FileFingerprint): boolean {
	return !!a && a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

export interface ResumePlan {
	/** Part number → ETag of the parts already on the server for this file. */
	done: Map<number, string>;
	/** Part numbers still to send, in order. */
	todo: number[];
	/** Bytes already on the server for this file. */
	doneBytes: number;
}

/**
 * Parts to send for a file of `size` bytes. Listed parts count as sent only when `resumable`
 * (this tab sent them, for this very file) and their size is the size that part must have.
 */
export function resumePlan(
	size: number,
	partSize: number,
	listed: readonly ListedPart[],
	resumable: boolean
): ResumePlan {
	const count = partsFor(size, partSize);
	const onServer = new Map(resumable ? listed.map((p) => [p.partNumber, p]) : []);
	const done = new Map<number, string>();
	const todo: number[] = [];
	let doneBytes = 0;
	for (let n = 1; n <= count; n++) {
		const [start, end] = partRange(n, partSize, size);
		const part = onServer.get(n);
		if (part && part.size === end - start) {
			done.set(n, part.etag);
			doneBytes += part.size;
		} else {
			todo.push(n);
		}
	}
	return { done, todo, doneBytes };
}

/** Attempts per part before the upload stops (and can be resumed). */
export const MAX_ATTEMPTS = 5;

/** Milliseconds to wait before attempt `attempt` (2, 3, …): 1 s, 2 s, 4 s, 8 s, capped at 30 s. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
	const base = Math.min(30_000, 1000 * 2 ** (attempt - 2));
	// Up to 20% jitter, so four parts that failed together do not retry together.
	return Math.round(base * (1 + 0.2 * random()));
}

/** True for answers worth another try: throttling and server errors (4xx means a fault of the link). */
export function retryableStatus(status: number): boolean {
	return status === 0 || status === 408 || status === 429 || status >= 500;
}
