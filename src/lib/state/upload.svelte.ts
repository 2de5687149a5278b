// The phone upload page: one file to one presigned PUT URL, with progress.
import { putWithProgress } from '$lib/links/xhr-upload';
import type { PhoneUpload } from '$lib/links/phone-link';
import { NO_ANSWER_CAUSES, TimeoutError, isAbortError } from '$lib/s3';
import { peekErrorCode } from '$lib/s3/xml';

export type UploadPhase = 'idle' | 'uploading' | 'done' | 'failed';

export class Uploader {
	#target: () => PhoneUpload;
	#phase = $state<UploadPhase>('idle');
	#loaded = $state(0);
	#total = $state(0);
	#message = $state('');
	#controller: AbortController | null = null;

	constructor(target: () => PhoneUpload) {
		this.#target = target;
	}

	get phase() { return this.#phase; } // prettier-ignore
	get loaded() { return this.#loaded; } // prettier-ignore
	get total() { return this.#total; } // prettier-ignore
	get message() { return this.#message; } // prettier-ignore

	async upload(file: File): Promise<void> {
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		this.#phase = 'uploading';
		this.#loaded = 0;
		this.#total = file.size;
		this.#message = '';
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
				this.#message = `Uploaded ${file.name} (${file.size.toLocaleString('en')} bytes).`;
			} else {
				const code = peekErrorCode(res.body);
				this.#phase = 'failed';
				this.#message =
					`The server refused the upload (HTTP ${res.status}${code ? ' ' + code : ''}). ` +
					'The link may have expired, or it was signed for a different content type.';
			}
		} catch (e) {
			if (isAbortError(e)) {
				this.#phase = 'idle';
				return;
			}
			this.#phase = 'failed';
			if (e instanceof TimeoutError) {
				this.#message = `The upload made no progress for ${e.ms / 1000} seconds, so it was stopped. ${NO_ANSWER_CAUSES}`;
				return;
			}
			this.#message =
				'The upload did not get through. The link may have expired (some servers then answer ' +
				"without CORS headers, which looks like a network error), the bucket's CORS rules may not " +
				'allow PUT from this page, or the network is down.';
		}
	}

	cancel(): void {
		this.#controller?.abort();
	}
}
