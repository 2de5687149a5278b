// The presign form: what to sign, its validation, and the link shown in the card. The checks live
// in links/form-problems, the connection it signs with in presign-context, the signing itself in
// presign-sign. The created link goes to the card and the history.
import { keyNoticeFor, keysExpiry } from '$lib/links/key-expiry';
import {
	creationProblem,
	expiryProblem,
	validFromProblem,
	type FormError
} from '$lib/links/form-problems';
import type { LinkSigner } from '$lib/s3';
import { clock } from './clock.svelte';
import { connectionDraft } from './connection-draft.svelte';
import type { LinkRecord } from './links.svelte';
import { appContext, type PresignContext } from './presign-context';
import type { LinkDraft, Method } from './presign-sign';
import { session } from './session.svelte';
import type { SelectedObject } from './selection.svelte';
import { startTimes, type StartTimesView } from './start-times.svelte';

export { expiryProblem, validFromProblem, type FormError } from '$lib/links/form-problems';
export type { PresignContext } from './presign-context';
export type { Method } from './presign-sign';

type Signer = LinkSigner;

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
			// Signing code loads on the first Create link, not with the first screen.
			const { createLink } = await import('./presign-sign');
			this.#current = await createLink(this.#draft(), this.#context);
			return this.#current;
		} catch (e) {
			this.#submitError = creationProblem(e, this.#method === 'MULTIPART');
			return null;
		} finally {
			this.#busy = false;
		}
	}

	#draft(): LinkDraft {
		return {
			bucket: this.#bucket,
			key: this.#key,
			method: this.#method,
			expiresIn: this.#expiresIn,
			validFrom: this.#validFrom,
			signer: this.#signer,
			filename: this.#filename,
			contentType: this.#contentType,
			largestGb: this.#largestGb
		};
	}
}

export const presign = new PresignForm();
