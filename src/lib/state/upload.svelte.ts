// The phone upload page: one file to one presigned PUT URL, with progress.
import { putWithProgress } from '$lib/links/xhr-upload';
import type { PhoneUpload } from '$lib/links/phone-link';
import { NO_ANSWER_CAUSES, TimeoutError, isAbortError } from '$lib/s3';
import { peekErrorCode } from '$lib/s3/xml';
import { englishOf, sentence, type Sentence } from '$lib/i18n/sentences';

export type UploadPhase = 'idle' | 'uploading' | 'done' | 'failed';

export class Uploader {
	#target: () => PhoneUpload;
	#phase = $state<UploadPhase>('idle');
	#loaded = $state(0);
	#total = $state(0);
	#said = $state.raw<Sentence[]>([]);
	#controller: AbortController | null = null;

	constructor(target: () => PhoneUpload) {
		this.#target = target;
	}

	get phase() { return this.#phase; } // prettier-ignore
	get loaded() { return this.#loaded; } // prettier-ignore
	get total() { return this.#total; } // prettier-ignore
	/** What happened, in English. */
	get message() { return englishOf(this.#said); } // prettier-ignore
	/** What happened, as sentences to show in the page's language. */
	get said() { return this.#said; } // prettier-ignore

	async upload(file: File): Promise<void> {
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		this.#phase = 'uploading';
		this.#loaded = 0;
		this.#total = file.size;
		this.#said = [];
		const target = this.#target();
		const headers: Record<string, string> = {};
		if (target.contentType) headers['content-type'] = target.contentType;
		try {
			const res = await putWithProgress(
				target.url,
				file,
				headers,
				(loaded, total) => {
					this.#loaded = loaded;
					this.#total = total;
				},
				controller.signal
			);
			if (res.status >= 200 && res.status < 300) {
				this.#phase = 'done';
				this.#loaded = this.#total;
				this.#said = [
					sentence('Uploaded {name} ({size} bytes).', {
						name: file.name,
						size: file.size.toLocaleString('en')
					})
				];
			} else {
				const code = peekErrorCode(res.body);
				this.#phase = 'failed';
				this.#said = [
					sentence(
						'The server refused the upload (HTTP {status}). The link may have expired, or it was signed for a different content type.',
						{ status: `${res.status}${code ? ' ' + code : ''}` }
					)
				];
			}
		} catch (e) {
			if (isAbortError(e)) {
				this.#phase = 'idle';
				return;
			}
			this.#phase = 'failed';
			if (e instanceof TimeoutError) {
				this.#said = [
					sentence('The upload made no progress for {seconds} seconds, so it was stopped.', {
						seconds: e.ms / 1000
					}),
					{ key: NO_ANSWER_CAUSES }
				];
				return;
			}
			this.#said = [
				sentence(
					"The upload did not get through. The link may have expired (some servers then answer without CORS headers, which looks like a network error), the bucket's CORS rules may not allow PUT from this page, or the network is down."
				)
			];
		}
	}

	cancel(): void {
		this.#controller?.abort();
	}
}
