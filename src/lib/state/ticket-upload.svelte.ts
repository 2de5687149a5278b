// The ticket page: load and check the manifest, then send one file through it with progress,
// speed and time left. Loaded only with the ticket page.
import { putWithProgress } from '$lib/links/xhr-upload';
import {
	InputError,
	isAbortError,
	NetworkError,
	NO_ANSWER_CAUSES,
	S3Error,
	TimeoutError
} from '$lib/s3';
import { readManifest, type Ticket } from '$lib/tickets/manifest';
import { sendFile, UploadStopped, type SendDeps } from '$lib/tickets/send-file';
import type { FileFingerprint } from '$lib/tickets/resume';
import { englishOf, errorSentence, sentence, type Sentence } from '$lib/i18n/sentences';
import { loadFromTab, removeFromTab, saveToTab } from './tab-storage';

export type TicketPhase = 'loading' | 'ready' | 'refused' | 'uploading' | 'done' | 'failed';

export interface TicketUploadDeps {
	fetch: typeof fetch;
	/** Monotonic milliseconds, for speed. */
	now: () => number;
	put?: SendDeps['put'];
	sleep?: SendDeps['sleep'];
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		const t = setTimeout(resolve, ms);
		signal.addEventListener(
			'abort',
			() => {
				clearTimeout(t);
				reject(new DOMException('Stopped', 'AbortError'));
			},
			{ once: true }
		);
	});
}

/** The sentences for an error that stopped the upload. */
export function stopMessage(e: unknown): Sentence[] {
	if (e instanceof UploadStopped) return [errorSentence(e)];
	const resume = sentence(
		'Press Upload file again with the same file to resume: parts already sent are kept.'
	);
	if (e instanceof TimeoutError)
		return [
			sentence('The upload made no progress for a while.'),
			{ key: NO_ANSWER_CAUSES },
			resume
		];
	if (e instanceof NetworkError) {
		return [
			sentence(
				'The connection to the storage server was lost (or the ticket expired: some servers then answer without CORS headers, which looks the same).'
			),
			resume
		];
	}
	if (e instanceof S3Error && e.code === 'NoSuchUpload') {
		return [
			sentence(
				'This upload no longer exists on the server: it was completed or aborted. Ask the sender for a new ticket.'
			)
		];
	}
	if (e instanceof S3Error) {
		return [
			sentence('The server refused the upload ({code}: {message}). The ticket may have expired.', {
				code: e.code,
				message: e.message
			}),
			resume
		];
	}
	return [sentence('The upload stopped unexpectedly.'), resume];
}

export class TicketUpload {
	#deps: TicketUploadDeps;
	#phase = $state<TicketPhase>('loading');
	#ticket = $state.raw<Ticket | null>(null);
	#said = $state.raw<Sentence[]>([]);
	#loaded = $state(0);
	#total = $state(0);
	#bytesPerSecond = $state(0);
	#controller: AbortController | null = null;

	constructor(deps: TicketUploadDeps) {
		this.#deps = deps;
	}

	get phase() { return this.#phase; } // prettier-ignore
	get ticket() { return this.#ticket; } // prettier-ignore
	/** What happened, in English. */
	get message() { return englishOf(this.#said); } // prettier-ignore
	/** What happened, as sentences to show in the page's language. */
	get said() { return this.#said; } // prettier-ignore
	get loaded() { return this.#loaded; } // prettier-ignore
	get total() { return this.#total; } // prettier-ignore
	get bytesPerSecond() { return this.#bytesPerSecond; } // prettier-ignore

	/** Seconds left at the current speed, or null before there is one. */
	get secondsLeft(): number | null {
		if (this.#bytesPerSecond <= 0) return null;
		return Math.ceil((this.#total - this.#loaded) / this.#bytesPerSecond);
	}

	/** Fetches and checks the manifest at `manifestUrl`. */
	async load(manifestUrl: string, signal: AbortSignal): Promise<void> {
		this.#phase = 'loading';
		try {
			const res = await this.#deps.fetch(manifestUrl, { signal });
			if (res.status === 404) {
				return this.#refuse(
					sentence(
						'This upload ticket is no longer there: the upload was completed or aborted. Ask the sender for a new ticket if you still need to send a file.'
					)
				);
			}
			if (!res.ok) {
				return this.#refuse(
					sentence(
						'The storage server refused to show this ticket (HTTP {status}). It may have expired; ask the sender for a new one.',
						{ status: res.status }
					)
				);
			}
			let json: unknown;
			try {
				json = await res.json();
			} catch {
				json = null;
			}
			this.#ticket = readManifest(json, manifestUrl);
			this.#phase = 'ready';
		} catch (e) {
			if (isAbortError(e)) return;
			if (e instanceof UploadStopped || e instanceof InputError) {
				return this.#refuse(errorSentence(e));
			}
			this.#refuse(
				sentence(
					"Could not load this ticket from the storage server: the network is down, the ticket expired (some servers then answer without CORS headers), or the bucket's CORS rule does not allow this page."
				)
			);
		}
	}

	/** Sends `file`, resuming what this tab already sent of it. */
	async upload(file: File): Promise<void> {
		const ticket = this.#ticket;
		if (!ticket) return;
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		const storeName = `ticket.${ticket.uploadId}`;
		this.#phase = 'uploading';
		this.#said = [];
		this.#loaded = 0;
		this.#total = file.size;
		this.#bytesPerSecond = 0;
		let started = 0;
		let startBytes = 0;
		try {
			const result = await sendFile(
				ticket,
				file,
				{
					fetch: this.#deps.fetch,
					put: this.#deps.put ?? putWithProgress,
					sleep: this.#deps.sleep ?? sleep,
					previous: loadFromTab<FileFingerprint | null>(storeName, null),
					remember: (f) => saveToTab(storeName, f)
				},
				controller.signal,
				(p) => {
					const t = this.#deps.now();
					if (!started) [started, startBytes] = [t, p.loaded];
					this.#loaded = p.loaded;
					this.#total = p.total;
					const seconds = (t - started) / 1000;
					if (seconds > 0.5) this.#bytesPerSecond = (p.loaded - startBytes) / seconds;
				}
			);
			removeFromTab(storeName);
			this.#phase = 'done';
			this.#loaded = this.#total;
			const done = { name: file.name, bytes: file.size.toLocaleString('en') };
			this.#said = [
				result.resumedParts
					? sentence('Upload complete: {name}, {bytes} bytes ({parts} parts were already there).', {
							...done,
							parts: result.resumedParts
						})
					: sentence('Upload complete: {name}, {bytes} bytes.', done),
				...(result.manifestDeleted
					? []
					: [sentence('The ticket could not be removed; it stops working when it expires.')])
			];
		} catch (e) {
			if (isAbortError(e) && controller.signal.aborted) return;
			this.#phase = 'failed';
			this.#said = stopMessage(e);
		} finally {
			if (this.#controller === controller) this.#controller = null;
		}
	}

	/** Stops sending; parts already on the server stay for a later resume. */
	cancel(): void {
		this.#controller?.abort();
		this.#controller = null;
		if (this.#phase === 'uploading') {
			this.#phase = 'failed';
			this.#said = [sentence('Upload paused. Press Upload file with the same file to resume.')];
		}
	}

	#refuse(reason: Sentence): void {
		this.#phase = 'refused';
		this.#said = [reason];
	}
}
