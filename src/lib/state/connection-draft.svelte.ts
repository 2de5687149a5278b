// What the connection fields hold right now, typed or imported, before (or without) Connect.
// Signing is local, so the presign form signs with these fields, checked exactly as Connect
// checks them; Connect saves them to the session.
import { emptyConnection, type ConnectionSettings } from '$lib/links/connection';
import type { Message } from '$lib/i18n/catalogue';
import { checkConnectionForm, type Field, type FormCheck } from './connection-form';
import { session } from './session.svelte';

/** The order in which the form shows its fields: the first problem named is the topmost one. */
const FIELD_ORDER: Field[] = [
	'endpointUrl',
	'region',
	'accessKeyId',
	'secretAccessKey',
	'sessionToken'
];

export class ConnectionDraft {
	#fields = $state<ConnectionSettings>(emptyConnection());
	/** The check shown on the fields: set by Connect and by signing, kept until the next one. */
	#checked = $state.raw<FormCheck | null>(null);

	constructor(initial: () => ConnectionSettings) {
		this.#fields = { ...initial() };
	}

	/** The fields, bound by the form (a deep proxy: `fields.region = …` works). */
	get fields(): ConnectionSettings {
		return this.#fields;
	}

	get checked(): FormCheck | null {
		return this.#checked;
	}

	/** Replaces every field at once (after Connect, Import or Forget). */
	replace(settings: ConnectionSettings): void {
		this.#fields = { ...settings };
		this.#checked = null;
	}

	/** Checks the fields as Connect does, and shows the result on them. */
	check(pageOrigin?: string): FormCheck {
		const check = checkConnectionForm($state.snapshot(this.#fields), pageOrigin);
		this.#checked = check;
		return check;
	}

	/** The topmost field problem of a check, or null when there is none. */
	static firstProblem(check: FormCheck): Message | null {
		const field = FIELD_ORDER.find((f) => check.errors[f]);
		return field ? (check.errors[field] ?? null) : null;
	}
}

export const connectionDraft = new ConnectionDraft(() => session.settings);
