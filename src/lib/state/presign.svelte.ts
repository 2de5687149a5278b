// The presign form: what to sign, its validation, and creating the link (signing is local: it
// works without Connect and offline). The created link goes to the card and the history.
import { keyNoticeFor, keysExpiry, type ImportedExpiry } from '$lib/links/key-expiry';
import { signingTarget, type SigningTarget } from '$lib/links/connection';
import { toHex } from '$lib/format/codec';
import { ticketFailure } from '$lib/tickets/messages';
import { linkOwner } from '$lib/links/link-owner';
import { checkOpening, parseValidFrom, V2_HAS_NO_START } from '$lib/links/valid-from';
import {
	ExpiryTooLongError,
	InputError,
	SigningError,
	typedExpiryProblem,
	type LinkSigner
} from '$lib/s3';
import { clock } from './clock.svelte';
import { ConnectionDraft, connectionDraft } from './connection-draft.svelte';
import { links, type LinkHistory, type LinkRecord } from './links.svelte';
import { session } from './session.svelte';
import type { SelectedObject } from './selection.svelte';
import { startTimes, type StartTimesView } from './start-times.svelte';

/** MULTIPART: an upload ticket (a multipart upload the recipient sends through presigned URLs). */
export type Method = 'GET' | 'PUT' | 'MULTIPART';
/** 'relay': a chain of SigV4 links carried by this app's `#/go` page, for more than 7 days. */
type Signer = LinkSigner;

export interface FormError {
	message: string;
	/** Which field to point at: 'bucket', 'key', 'expiresIn', or 'connection'. */
	field: string;
	/** The expiry is over SigV4's cap: offer SigV2. */
	offerV2?: boolean;
}

const FORM_FIELDS = new Set([
	'bucket',
	'key',
	'expiresIn',
	'headers',
	'query',
	'method',
	'validFrom',
	'largestGb'
]);

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

/** Checks the typed start time against the signer; returns a message or null. */
export function validFromProblem(text: string, signer: Signer): FormError | null {
	try {
		if (parseValidFrom(text) && signer === 'v2') {
			return { field: 'validFrom', message: V2_HAS_NO_START };
		}
		return null;
	} catch (e) {
		return { field: 'validFrom', message: (e as Error).message };
	}
}

/** When links signed with `credentials` stop working, if known (see key-expiry). */
function keyExpiry(
	credentials: { accessKeyId: string; sessionToken?: string },
	imported?: ImportedExpiry | null
): Date | undefined {
	return keysExpiry(credentials, imported)?.at;
}

/** What the form uses of the rest of the app; a spec passes fakes. */
export interface PresignContext {
	/** The current connection; throws while its settings are incomplete. */
	target(): SigningTarget;
	/** An Expiration imported with the keys, if any (see key-expiry). */
	importedExpiry?(): ImportedExpiry | null | undefined;
	signingNow(): Date;
	/** Where created links are kept (the tab's link history). */
	links: Pick<LinkHistory, 'add' | 'find'>;
}

/**
 * What the connection fields hold, checked as Connect checks them (signing needs no Connect);
 * the topmost problem is thrown as an InputError. Before any Connect, good fields are saved for
 * this tab as Connect would save them.
 */
function fieldsTarget(): SigningTarget {
	const pageOrigin = globalThis.location?.origin;
	const check = connectionDraft.check(pageOrigin);
	const problem = ConnectionDraft.firstProblem(check);
	if (problem) throw new InputError(problem.key, 'connection', problem.params);
	if (!session.connected) session.save(check.settings);
	return signingTarget(check.settings, pageOrigin);
}

const appContext: PresignContext = {
	target: fieldsTarget,
	importedExpiry: () => connectionDraft.fields.keyExpiry,
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
	#validFrom = $state('');
	#signer = $state<Signer>('v4');
	#filename = $state('');
	#contentType = $state('');
	#largestGb = $state('');
	#submitError = $state<FormError | null>(null);
	#busy = $state(false);
	#current = $state.raw<LinkRecord | null>(null);
	/** The browser pick last applied (plain field: remounting the panel must not re-apply it). */
	#appliedPick = 0;
	/** The opened bucket last copied into the form. */
	#followedBucket = '';
	#expiryError = $derived(expiryProblem(this.#expiresIn, this.#signer));
	#validFromError = $derived(validFromProblem(this.#validFrom, this.#signer));

	get bucket() { return this.#bucket; } // prettier-ignore
	set bucket(v: string) { this.#bucket = v; this.#submitError = null; } // prettier-ignore
	get key() { return this.#key; } // prettier-ignore
	set key(v: string) { this.#key = v; this.#submitError = null; } // prettier-ignore
	get method() { return this.#method; } // prettier-ignore
	set method(v: Method) { this.#method = v; } // prettier-ignore
	get expiresIn() { return this.#expiresIn; } // prettier-ignore
	set expiresIn(v: string) { this.#expiresIn = v; this.#submitError = null; } // prettier-ignore
	get validFrom() { return this.#validFrom; } // prettier-ignore
	set validFrom(v: string) { this.#validFrom = v; this.#submitError = null; } // prettier-ignore
	get signer() { return this.#signer; } // prettier-ignore
	set signer(v: Signer) { this.#signer = v; this.#submitError = null; } // prettier-ignore
	get filename() { return this.#filename; } // prettier-ignore
	set filename(v: string) { this.#filename = v; } // prettier-ignore
	get contentType() { return this.#contentType; } // prettier-ignore
	get largestGb() { return this.#largestGb; } // prettier-ignore
	set largestGb(v: string) { this.#largestGb = v; this.#submitError = null; } // prettier-ignore
	set contentType(v: string) { this.#contentType = v; } // prettier-ignore

	/**
	 * Said before signing when the keys in the connection fields expire before the link would:
	 * "This link will stop working at 14:05, when your temporary keys expire — …". Reads the
	 * ticking clock: whoever shows it keeps `clock` subscribed.
	 */
	get keyNotice(): string {
		if (this.#expiryError) return '';
		const fields = connectionDraft.fields;
		const keys = keysExpiry(fields, fields.keyExpiry);
		return keyNoticeFor(Number(this.#expiresIn.trim()), keys, clock.serverNow);
	}

	/** The live expiry problem, if any (shown inline as the user types). */
	get expiryError(): FormError | null {
		return this.#expiryError;
	}

	/** The live "Valid from" problem, if any (e.g. a start time with SigV2). */
	get validFromError(): FormError | null {
		return this.#validFromError;
	}

	/** What the form's bucket does with future-dated links, once `checkStartTimes` asked. */
	get startTimes(): StartTimesView | undefined {
		const target = this.#target();
		return target ? startTimes.get(target, this.#bucket.trim()) : undefined;
	}

	/** Probes, once per endpoint and bucket, whether the server holds future-dated links back. */
	checkStartTimes(): void {
		const target = this.#target();
		if (!target || !session.connected || !this.#bucket.trim()) return;
		startTimes.check(target, this.#bucket.trim(), this.#context.signingNow()).catch(() => {
			// A bucket name being typed, or no answer: the form then says nothing.
		});
	}

	/** The saved connection's target: the probe asks only once connected, and never writes. */
	#target() {
		try {
			return session.target();
		} catch {
			return null;
		}
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

	/**
	 * After a bucket is opened the form's bucket is that bucket, still editable. `again` is an
	 * explicit opening by the user (the same bucket too); otherwise the bucket is copied once per
	 * change of the open bucket (`''` when the browser closes), so an edit stays while browsing.
	 */
	followBucket(bucket: string, again = false): void {
		if (bucket === this.#followedBucket && !again) return;
		this.#followedBucket = bucket;
		if (!bucket) return;
		this.#bucket = bucket;
		this.#submitError = null;
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

	/** Signs the link with the connection fields of this tab; returns it, or null on error. */
	async create(): Promise<LinkRecord | null> {
		if (this.#expiryError || this.#validFromError) return null;
		this.#busy = true;
		this.#submitError = null;
		try {
			if (this.#method === 'MULTIPART') return (this.#current = await this.#createTicket());
			const { contentDispositionAttachment, presignUrl } = await import('$lib/s3/presign');
			const target = this.#context.target();
			const keys = keysExpiry(target.credentials, this.#context.importedExpiry?.());
			const filename = this.#filename.trim();
			const contentType = this.#contentType.trim();
			const query: [string, string][] = [];
			const headers: Record<string, string> = {};
			if (this.#method === 'GET' && filename) {
				query.push(['response-content-disposition', contentDispositionAttachment(filename)]);
			}
			if (this.#method === 'GET' && contentType) query.push(['response-content-type', contentType]);
			if (this.#method === 'PUT' && contentType) headers['content-type'] = contentType;
			const expiresIn = Number(this.#expiresIn.trim());
			const validFrom = parseValidFrom(this.#validFrom);
			const tokenExpiry = keyExpiry(target.credentials, this.#context.importedExpiry?.());
			if (validFrom || this.#signer === 'relay') {
				const now = this.#context.signingNow();
				checkOpening(validFrom ?? now, expiresIn, now, tokenExpiry);
			}
			const request = {
				...target,
				method: this.#method,
				bucket: this.#bucket.trim(),
				key: this.#key,
				now: validFrom ?? this.#context.signingNow(),
				query,
				headers
			};
			if (this.#signer === 'relay') {
				const { signRelayLink } = await import('$lib/links/relay-link');
				const relay = await signRelayLink(request, expiresIn, tokenExpiry, location.href);
				this.#current = this.#context.links.add({ ...relay, ...linkOwner(target) });
				return this.#current;
			}
			const link = await presignUrl({ ...request, signer: this.#signer, expiresIn });
			const record = this.#context.links.add({
				url: link.url,
				method: link.method,
				signer: link.signer,
				bucket: link.bucket,
				key: link.key,
				signedAt: link.signedAt.toISOString(),
				expiresAt: link.expiresAt.toISOString(),
				tokenExpiresAt: keys?.at.toISOString(),
				tokenExpirySource: keys?.source,
				requiredHeaders: link.requiredHeaders,
				...linkOwner(target)
			});
			this.#current = record;
			return record;
		} catch (e) {
			if (this.#method === 'MULTIPART' && !(e instanceof InputError)) {
				this.#submitError = {
					field: 'connection',
					message: ticketFailure('Could not create the ticket.', e)
				};
				return null;
			}
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

	/** Starts a multipart upload and stores its ticket (network: the code loads only when used). */
	async #createTicket(): Promise<LinkRecord> {
		const { createTicket } = await import('$lib/tickets/create-ticket');
		const target = this.#context.target();
		const ticket = await createTicket(
			{
				target,
				signer: this.#signer,
				bucket: this.#bucket.trim(),
				key: this.#key,
				largestGb: this.#largestGb,
				expiresIn: Number(this.#expiresIn.trim()),
				now: this.#context.signingNow(),
				id: toHex(crypto.getRandomValues(new Uint8Array(8))),
				appHref: location.href
			},
			new AbortController().signal
		);
		const tokenExpiry = keyExpiry(target.credentials, this.#context.importedExpiry?.());
		return this.#context.links.add({
			url: ticket.url,
			method: 'MULTIPART',
			signer: 'v4',
			bucket: this.#bucket.trim(),
			key: this.#key,
			signedAt: ticket.signedAt.toISOString(),
			expiresAt: ticket.expiresAt.toISOString(),
			tokenExpiresAt: tokenExpiry?.toISOString(),
			requiredHeaders: {},
			ticket: {
				uploadId: ticket.uploadId,
				manifestKey: ticket.manifestKey,
				maxBytes: ticket.maxBytes
			},
			...linkOwner(target)
		});
	}
}

export const presign = new PresignForm();
