// The drop page: files chosen by a recipient, checked against the drop's limits before anything
// is sent, then posted one after another to the bucket, each with its own progress and outcome.
import { formatBytes } from '$lib/format/bytes';
import type { DropDestination, DropLink } from '$lib/links/drop-link';
import { storedName } from '$lib/links/drop-names';
import { sendWithProgress } from '$lib/links/xhr-upload';
import { NO_ANSWER_CAUSES, TimeoutError, isAbortError, parseListObjects } from '$lib/s3';
import { englishOf, sentence, type Sentence } from '$lib/i18n/sentences';
import { language } from './language.svelte';

export type DropFileStatus = 'ready' | 'refused' | 'uploading' | 'uploaded' | 'failed';

export interface DropFile {
	readonly id: number;
	readonly file: File;
	status: DropFileStatus;
	loaded: number;
	/** Why it was refused or failed, in English. */
	reason: string;
	/** Why it was refused or failed, as sentences to show in the page's language. */
	said: Sentence[];
	/** The name it was stored under, when that differs from its own. */
	storedAs: string;
}

export interface DropUploadDeps {
	send: typeof sendWithProgress;
	fetch: typeof fetch;
	random: (n: number) => Uint8Array;
	now: () => Date;
}

const defaultDeps = (now: () => Date): DropUploadDeps => ({
	send: sendWithProgress,
	fetch: (...args) => fetch(...args),
	random: (n) => crypto.getRandomValues(new Uint8Array(n)),
	now
});

const LIST_TIMEOUT_MS = 20_000;

/** A sentence for a refused POST, from its status and the S3 error code in the body. */
export function serverReason(status: number, body: string): Sentence {
	const code = /<Code>([^<]+)<\/Code>/.exec(body)?.[1] ?? '';
	const what = `HTTP ${status}${code ? ` ${code}` : ''}`;
	if (code === 'EntityTooLarge')
		return sentence('The server refused it as too large ({what}).', { what });
	if (code === 'EntityTooSmall')
		return sentence('The server refused it as too small ({what}).', { what });
	if (status === 403)
		return sentence(
			'The server refused it ({what}): the drop link may have expired, or it does not allow this name or type.',
			{ what }
		);
	return sentence('The server refused it ({what}).', { what });
}

/** Records why `item` was not sent, in English and as sentences to show. */
function explain(item: DropFile, said: Sentence[]): void {
	item.said = said;
	item.reason = englishOf(said);
}

export class DropUploads {
	#drop: () => DropLink;
	#destination: () => DropDestination;
	#deps: DropUploadDeps;
	#files = $state<DropFile[]>([]);
	#busy = $state(false);
	#note = $state.raw<Sentence[]>([]);
	#nextId = 0;
	/** Names stored from this page, so a second file of the same name does not replace the first. */
	#sent: string[] = [];
	#controller: AbortController | null = null;

	constructor(
		drop: () => DropLink,
		destination: () => DropDestination,
		deps: Partial<DropUploadDeps> & Pick<DropUploadDeps, 'now'>
	) {
		this.#drop = drop;
		this.#destination = destination;
		this.#deps = { ...defaultDeps(deps.now), ...deps };
	}

	get files(): DropFile[] {
		return this.#files;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** A remark about the whole batch (e.g. the folder could not be checked for existing names). */
	get note(): string {
		return englishOf(this.#note);
	}
	/** The remark as sentences to show in the page's language. */
	get noteSaid(): Sentence[] {
		return this.#note;
	}
	/** Files that will be sent by `uploadAll`. */
	get ready(): number {
		return this.#files.filter((f) => f.status === 'ready').length;
	}

	/** Replaces the list with `files`, refusing at once those the drop does not accept. */
	choose(files: readonly File[]): void {
		if (this.#busy) return;
		const { maxBytes, contentTypePrefix } = this.#destination();
		this.#note = [];
		const locale = language.locale;
		this.#files = files.map((file) => {
			const said: Sentence[] = [];
			if (file.size > maxBytes) {
				said.push(
					sentence("Not sent: it is {size} ({bytes} bytes), over this drop's limit of {max}.", {
						size: formatBytes(file.size, locale),
						bytes: file.size.toLocaleString('en'),
						max: formatBytes(maxBytes, locale)
					})
				);
			} else if (contentTypePrefix && !file.type.startsWith(contentTypePrefix)) {
				said.push(
					file.type
						? sentence('Not sent: this drop takes only {prefix}… files, and this one is {type}.', {
								prefix: contentTypePrefix,
								type: file.type
							})
						: sentence(
								'Not sent: this drop takes only {prefix}… files, and this one is of unknown type.',
								{ prefix: contentTypePrefix }
							)
				);
			}
			return {
				id: this.#nextId++,
				file,
				status: said.length ? 'refused' : 'ready',
				loaded: 0,
				reason: englishOf(said),
				said,
				storedAs: ''
			};
		});
	}

	/** Sends every accepted file, one at a time; a cancel stops the one in flight and the rest. */
	async uploadAll(): Promise<void> {
		if (this.#busy || this.ready === 0) return;
		this.#busy = true;
		const controller = (this.#controller = new AbortController());
		try {
			const taken = await this.#takenNames(controller.signal);
			this.#note = taken
				? []
				: [
						sentence(
							'This page could not check which names are already in the folder, so every file gets a short suffix to its name: nothing is replaced.'
						)
					];
			for (const item of this.#files) {
				if (controller.signal.aborted) break;
				if (item.status !== 'ready') continue;
				await this.#send(item, taken, controller.signal);
			}
		} finally {
			this.#busy = false;
			this.#controller = null;
		}
	}

	cancel(): void {
		this.#controller?.abort();
	}

	/** Names already in the folder, or null when the folder cannot be listed completely. */
	async #takenNames(signal: AbortSignal): Promise<string[] | null> {
		const list = this.#drop().list;
		if (!list) return null;
		const { folder } = this.#destination();
		try {
			const res = await this.#deps.fetch(list, {
				signal: AbortSignal.any([signal, AbortSignal.timeout(LIST_TIMEOUT_MS)])
			});
			if (!res.ok) return null;
			const listing = parseListObjects(await res.text());
			if (listing.isTruncated) return null;
			return listing.objects
				.filter((o) => o.key.startsWith(folder))
				.map((o) => o.key.slice(folder.length));
		} catch {
			return null; // listing is a courtesy: without it every name gets a suffix
		}
	}

	async #send(item: DropFile, taken: string[] | null, signal: AbortSignal): Promise<void> {
		const { folder, expiresAt } = this.#destination();
		if (this.#deps.now().getTime() >= expiresAt.getTime()) {
			item.status = 'failed';
			explain(item, [
				sentence('Not sent: this drop link has expired. Ask the person who sent it for a new one.')
			]);
			return;
		}
		const own = item.file.name;
		const name = storedName(own, taken && [...taken, ...this.#sent], this.#deps.random);
		const drop = this.#drop();
		const form = new FormData();
		for (const [field, value] of Object.entries(drop.fields))
			if (field !== 'key') form.append(field, value);
		form.append('key', folder + name);
		form.append('Content-Type', item.file.type || 'application/octet-stream');
		form.append('file', item.file); // S3 reads every field after `file` as part of it: last
		item.status = 'uploading';
		item.loaded = 0;
		try {
			const res = await this.#deps.send(
				'POST',
				drop.url,
				form,
				item.file.size,
				{},
				(loaded, total) =>
					(item.loaded = Math.min(item.file.size, (loaded / total) * item.file.size)),
				signal
			);
			if (res.status >= 200 && res.status < 300) {
				item.status = 'uploaded';
				item.loaded = item.file.size;
				this.#sent.push(name);
				if (name !== own) item.storedAs = name;
			} else {
				item.status = 'failed';
				explain(item, [serverReason(res.status, res.body)]);
			}
		} catch (e) {
			if (isAbortError(e)) {
				item.status = 'ready';
				item.loaded = 0;
				return;
			}
			item.status = 'failed';
			explain(
				item,
				e instanceof TimeoutError
					? [
							sentence('The upload made no progress for {seconds} seconds, so it was stopped.', {
								seconds: e.ms / 1000
							}),
							{ key: NO_ANSWER_CAUSES }
						]
					: [
							sentence(
								"It did not get through. The drop link may have expired (the server then answers without CORS headers, which looks like a network error), the bucket's CORS rules may not allow POST from this page, or the network is down."
							)
						]
			);
		}
	}
}
