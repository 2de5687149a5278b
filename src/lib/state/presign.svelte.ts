// The presign form: what to sign, its validation, and creating the link (signing is local: it
// works without Connect and offline). The created link goes to the card and the history.
import { jwtExpiry } from '$lib/links/jwt';
import { linkOwner } from '$lib/links/link-owner';
import {
	contentDispositionAttachment,
	ExpiryTooLongError,
	InputError,
	presignUrl,
	SigningError,
	typedExpiryProblem,
	type Signer
} from '$lib/s3';
import type { SigningTarget } from '$lib/links/connection';
import { clock } from './clock.svelte';
import { links, type LinkHistory, type LinkRecord } from './links.svelte';
import { session } from './session.svelte';
import type { SelectedObject } from './selection.svelte';

export type Method = 'GET' | 'PUT';

export interface FormError {
	message: string;
	/** Which field to point at: 'bucket', 'key', 'expiresIn', or 'connection'. */
	field: string;
	/** The expiry is over SigV4's cap: offer SigV2. */
	offerV2?: boolean;
}

const FORM_FIELDS = new Set(['bucket', 'key', 'expiresIn', 'headers', 'query', 'method']);

/** Checks the typed expiry; returns a message or null. */
export function expiryProblem(text: string, signer: Signer): FormError | null {
	const problem = typedExpiryProblem(text, signer);
	if (!problem) return null;
	return {
		field: 'expiresIn',
		message: problem.message,
		offerV2: problem instanceof ExpiryTooLongError
	};
}

/** What the form uses of the rest of the app; a spec passes fakes. */
export interface PresignContext {
	/** The current connection; throws while its settings are incomplete. */
	target(): SigningTarget;
	signingNow(): Date;
	/** Where created links are kept (the tab's link history). */
	links: Pick<LinkHistory, 'add' | 'find'>;
}

const appContext: PresignContext = {
	target: () => session.target(),
	signingNow: () => clock.signingNow(),
	links
};

export class PresignForm {
	#context: PresignContext;
	constructor(context: PresignContext = appContext) {
		this.#context = context;
	}

	#bucket = $state('');
	#key = $state('');
	#method = $state<Method>('GET');
	#expiresIn = $state('3600');
	#signer = $state<Signer>('v4');
	#filename = $state('');
	#contentType = $state('');
	#submitError = $state<FormError | null>(null);
	#busy = $state(false);
	#current = $state.raw<LinkRecord | null>(null);
	/** The browser pick last applied (plain field: remounting the panel must not re-apply it). */
	#appliedPick = 0;
	#expiryError = $derived(expiryProblem(this.#expiresIn, this.#signer));

	get bucket() { return this.#bucket; } // prettier-ignore
	set bucket(v: string) { this.#bucket = v; this.#submitError = null; } // prettier-ignore
	get key() { return this.#key; } // prettier-ignore
	set key(v: string) { this.#key = v; this.#submitError = null; } // prettier-ignore
	get method() { return this.#method; } // prettier-ignore
	set method(v: Method) { this.#method = v; } // prettier-ignore
	get expiresIn() { return this.#expiresIn; } // prettier-ignore
	set expiresIn(v: string) { this.#expiresIn = v; this.#submitError = null; } // prettier-ignore
	get signer() { return this.#signer; } // prettier-ignore
	set signer(v: Signer) { this.#signer = v; this.#submitError = null; } // prettier-ignore
	get filename() { return this.#filename; } // prettier-ignore
	set filename(v: string) { this.#filename = v; } // prettier-ignore
	get contentType() { return this.#contentType; } // prettier-ignore
	set contentType(v: string) { this.#contentType = v; } // prettier-ignore

	/** The live expiry problem, if any (shown inline as the user types). */
	get expiryError(): FormError | null {
		return this.#expiryError;
	}

	/** The error of the last `create()`, cleared when the inputs change. */
	get error(): FormError | null {
		return this.#submitError;
	}

	get busy(): boolean {
		return this.#busy;
	}

	/** The link shown in the card: the last one created or opened, as the history now has it. */
	get current(): LinkRecord | null {
		const shown = this.#current;
		return shown ? (this.#context.links.find(shown.id) ?? shown) : null;
	}

	set current(link: LinkRecord | null) {
		this.#current = link;
	}

	/** Fills bucket and key from browser pick number `pick`; false if that pick was applied. */
	useSelection(object: SelectedObject, pick: number): boolean {
		if (pick === this.#appliedPick) return false;
		this.#appliedPick = pick;
		this.#bucket = object.bucket;
		this.#key = object.key;
		this.#method = 'GET';
		this.#submitError = null;
		return true;
	}

	/** Signs the link with the connection settings of this tab; returns it, or null on error. */
	async create(): Promise<LinkRecord | null> {
		if (this.#expiryError) return null;
		this.#busy = true;
		this.#submitError = null;
		try {
			const target = this.#context.target();
			const filename = this.#filename.trim();
			const contentType = this.#contentType.trim();
			const query: [string, string][] = [];
			const headers: Record<string, string> = {};
			if (this.#method === 'GET' && filename) {
				query.push(['response-content-disposition', contentDispositionAttachment(filename)]);
			}
			if (this.#method === 'GET' && contentType) query.push(['response-content-type', contentType]);
			if (this.#method === 'PUT' && contentType) headers['content-type'] = contentType;
			const link = await presignUrl({
				...target,
				signer: this.#signer,
				method: this.#method,
				bucket: this.#bucket.trim(),
				key: this.#key,
				expiresIn: Number(this.#expiresIn.trim()),
				now: this.#context.signingNow(),
				query,
				headers
			});
			const tokenExpiry = jwtExpiry(target.credentials.sessionToken);
			const record = this.#context.links.add({
				url: link.url,
				method: link.method,
				signer: link.signer,
				bucket: link.bucket,
				key: link.key,
				signedAt: link.signedAt.toISOString(),
				expiresAt: link.expiresAt.toISOString(),
				tokenExpiresAt: tokenExpiry?.toISOString(),
				requiredHeaders: link.requiredHeaders,
				...linkOwner(target)
			});
			this.#current = record;
			return record;
		} catch (e) {
			if (!(e instanceof InputError)) {
				// Never the exception's own text ("TypeError: …"): a person cannot act on it.
				const failure = e instanceof SigningError ? e : new SigningError(undefined, e);
				this.#submitError = {
					field: 'connection',
					message: `Could not sign the link. ${failure.message}`
				};
				return null;
			}
			const field = e.field && FORM_FIELDS.has(e.field) ? e.field : 'connection';
			const message =
				field === 'connection' ? `${e.message} (Connection settings, above.)` : e.message;
			this.#submitError = { field, message, offerV2: e instanceof ExpiryTooLongError };
			return null;
		} finally {
			this.#busy = false;
		}
	}
}

export const presign = new PresignForm();
