// The "Request files" form: a drop folder, a size limit, an expiry and an optional content type,
// signed locally into a POST policy. The result is this app's drop page with the policy in the
// fragment, kept in the link history. The signer is loaded on first use, not with the app.
import type { SigningTarget } from '$lib/links/connection';
import { dropLifetime, shortWhen } from '$lib/links/drop-expiry';
import { englishOf, errorSentence, sentence, type Sentence } from '$lib/i18n/sentences';
import { keysExpiry, type CappedEnd, type KeyExpiry } from '$lib/links/key-expiry';
import { linkOwner } from '$lib/links/link-owner';
import type { LinkRecord } from '$lib/links/link-status';
import type { FormError } from '$lib/links/form-problems';
import { InputError, SigningError, typedExpiryProblem, type Signer } from '$lib/s3';
import { clock } from './clock.svelte';
import { language } from './language.svelte';
import { links } from './links.svelte';
import { session } from './session.svelte';

/** One "MB" of the form: 1,048,576 bytes, as storage tools count. */
export const MB = 1024 * 1024;
/** S3 takes at most 5 GiB in one POST (larger files need a multipart upload). */
export const MAX_DROP_MB = 5 * 1024;

// Loaded on the first Create drop link: the page that never makes one never downloads them.
const loadSigners = () =>
	Promise.all([
		import('$lib/s3/post-policy'),
		import('$lib/s3/folder-listing'),
		import('$lib/links/drop-link')
	]);

/** What signing a drop needs from the rest of the app (plain fakes in the spec). */
export interface DropRequestDeps {
	target: () => SigningTarget;
	now: () => Date;
	/** The tab's link history: a drop link it no longer holds (cleared, forgotten) is not shown. */
	history: {
		add(link: Omit<LinkRecord, 'id'>): LinkRecord;
		find(id: string): LinkRecord | undefined;
	};
	/** This app's address, for the drop page URL. */
	appHref: () => string;
	/** When the keys stop working, if known: a drop signed with them ends then too. */
	keys?: () => KeyExpiry | undefined;
	/** The server's time now, in ms, for the notice said before creating. */
	serverNow?: () => number;
}

const appDeps: DropRequestDeps = {
	target: () => session.target(),
	now: () => clock.signingNow(),
	keys: () => session.keyExpiry(),
	serverNow: () => clock.serverNow,
	history: links,
	appHref: () => location.href
};

/** `a/b` → `a/b/`, `/a/` → `a/`: a folder is a key prefix ending in a slash. */
export function folderPrefix(text: string): string {
	const trimmed = text.trim().replace(/^\/+/, '');
	return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** A problem of the form: the field to point at, and what to say (also in English, `message`). */
export interface DropFormError extends FormError {
	said: Sentence[];
}

const formError = (field: string, said: Sentence[]): DropFormError => ({
	field,
	message: englishOf(said),
	said
});

/** Checks the typed size limit; a message or null. */
export function maxMbProblem(text: string): DropFormError | null {
	const value = text.trim();
	const field = 'maxMb';
	if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0)
		return formError(field, [sentence('Enter the largest file size in MB, e.g. 100.')]);
	if (Number(value) > MAX_DROP_MB)
		return formError(field, [
			sentence('A drop takes files up to {max} MB (5 GiB): S3 accepts no larger single upload.', {
				max: MAX_DROP_MB.toLocaleString('en')
			})
		]);
	return null;
}

/** The typed expiry's problem, if any: policies carry their own expiry, with no 7-day cap. */
function dropExpiryProblem(text: string): DropFormError | null {
	const problem = typedExpiryProblem(text, 'v2');
	return problem && formError('expiresIn', [errorSentence(problem)]);
}

const FIELDS: Record<string, string> = {
	prefix: 'folder',
	maxBytes: 'maxMb',
	contentType: 'contentType',
	expiresIn: 'expiresIn',
	bucket: 'folder'
};

export class DropRequest {
	#deps: DropRequestDeps;
	#maxMb = $state('100');
	#expiresIn = $state('86400');
	#contentType = $state('');
	#signer = $state<Signer>('v4');
	#error = $state<DropFormError | null>(null);
	#busy = $state(false);
	#currentId = $state<string | null>(null);

	constructor(deps: DropRequestDeps = appDeps) {
		this.#deps = deps;
	}

	get maxMb() { return this.#maxMb; } // prettier-ignore
	set maxMb(v: string) { this.#maxMb = v; this.#error = null; } // prettier-ignore
	get expiresIn() { return this.#expiresIn; } // prettier-ignore
	set expiresIn(v: string) { this.#expiresIn = v; this.#error = null; } // prettier-ignore
	get contentType() { return this.#contentType; } // prettier-ignore
	set contentType(v: string) { this.#contentType = v; this.#error = null; } // prettier-ignore
	get signer() { return this.#signer; } // prettier-ignore
	set signer(v: Signer) { this.#signer = v; this.#error = null; } // prettier-ignore
	get error() { return this.#error; } // prettier-ignore
	get busy() { return this.#busy; } // prettier-ignore

	/**
	 * The drop's end cut at the keys' expiry, to say before creating that it ends early (null when
	 * the keys outlive it or the expiry typed is not valid). Reads the ticking clock: whoever
	 * shows it keeps `clock` subscribed.
	 */
	get keyCap(): CappedEnd | null {
		if (typedExpiryProblem(this.#expiresIn, 'v2')) return null;
		const now = this.#deps.serverNow?.() ?? Date.now();
		const keys = this.#deps.keys?.();
		const { cap } = dropLifetime(now, Number(this.#expiresIn.trim()), keys);
		return cap.cappedBy ? cap : null;
	}

	/** The drop link last created (or opened from the history). */
	get current(): LinkRecord | null {
		return (this.#currentId && this.#deps.history.find(this.#currentId)) || null;
	}

	/** Signs a drop into `folder` of `bucket`; returns its history record, or null on error. */
	async create(bucket: string, folder: string): Promise<LinkRecord | null> {
		this.#error = maxMbProblem(this.#maxMb) ?? dropExpiryProblem(this.#expiresIn);
		if (this.#error) return null;
		this.#busy = true;
		try {
			const target = this.#deps.target();
			const prefix = folderPrefix(folder);
			const now = this.#deps.now();
			const keys = this.#deps.keys ? this.#deps.keys() : keysExpiry(target.credentials);
			// The typed expiry is a wish: the keys' expiry is the last second the server honours.
			const { expiresIn, cap } = dropLifetime(now, Number(this.#expiresIn.trim()), keys);
			if (expiresIn <= 0) {
				this.#error = formError('connection', [
					sentence(
						'Your temporary keys expired at {time}: a drop link signed with them would not work. Import or enter fresh keys.',
						{ time: shortWhen(cap.end, now.getTime(), language.locale) }
					)
				]);
				return null;
			}
			const [{ presignPost }, { presignFolderListing }, { dropPageUrl }] = await loadSigners();
			const post = await presignPost({
				...target,
				signer: this.#signer,
				bucket,
				prefix,
				maxBytes: Math.floor(Number(this.#maxMb.trim()) * MB),
				contentTypePrefix: this.#contentType.trim(),
				expiresIn,
				now
			});
			// SigV2 does not sign a listing's prefix: such a URL would list the whole bucket.
			const list =
				this.#signer === 'v4'
					? await presignFolderListing({ ...target, bucket, prefix, expiresIn, now })
					: undefined;
			const record = this.#deps.history.add({
				url: dropPageUrl(this.#deps.appHref(), { url: post.url, fields: post.fields, list }),
				method: 'POST',
				signer: this.#signer,
				bucket,
				key: prefix,
				signedAt: post.signedAt.toISOString(),
				expiresAt: post.expiresAt.toISOString(),
				tokenExpiresAt: keys?.at.toISOString(),
				tokenExpirySource: keys?.source,
				requiredHeaders: {},
				...linkOwner(target)
			});
			this.#currentId = record.id;
			return record;
		} catch (e) {
			if (e instanceof InputError) {
				const field = (e.field && FIELDS[e.field]) ?? 'connection';
				const where = field === 'connection' ? [sentence('(Connection settings, above.)')] : [];
				this.#error = formError(field, [errorSentence(e), ...where]);
			} else {
				const failure = e instanceof SigningError ? e : new SigningError(undefined, e);
				this.#error = formError('connection', [
					sentence('Could not sign the drop link.'),
					errorSentence(failure)
				]);
			}
			return null;
		} finally {
			this.#busy = false;
		}
	}
}

export const dropRequest = new DropRequest();
