// `Import settings`: text pasted or dropped (a CLI tool's settings file) fills the connection
// fields, all at once or not at all. Parsed in this tab; the pasted text (which holds the secret)
// is cleared once imported, and the parsed profiles live in memory only, for the profile picker.
// The parsers load on the first Import.
import type { ImportedProfile } from '$lib/import';
import { InputError, type Signer } from '$lib/s3';
import type { ConnectionSettings } from '$lib/links/connection';
import { connectionDraft, type ConnectionDraft } from './connection-draft.svelte';
import { presign } from './presign.svelte';

const loadImport = () => import('$lib/import');

/** A connection field an import can fill. */
export type ImportedField = keyof ImportedProfile & keyof ConnectionSettings;

/** What the last import filled: the page says it in its own words and language. */
export interface ImportReport {
	profile: string;
	/** Which kind of file it came from (English: the page translates it). */
	source: string;
	fields: ImportedField[];
	/** The profile asked for SigV2, which links now default to. */
	sigV2: boolean;
	/** The profile holds no keys. */
	keyless: boolean;
}

/** Which fields a profile fills, in the form's order. */
function filledFields(p: ImportedProfile): ImportedField[] {
	const fields: ImportedField[] = [
		'endpointUrl',
		'region',
		'accessKeyId',
		'secretAccessKey',
		'sessionToken'
	];
	const filled = fields.filter((k) => p[k]);
	if (p.pathStyle !== undefined) filled.push('pathStyle');
	return filled;
}

/** The connection fields after importing `p` over `fields` (new keys replace the old token). */
export function applyProfile(fields: ConnectionSettings, p: ImportedProfile): ConnectionSettings {
	const next = { ...fields };
	if (p.endpointUrl) next.endpointUrl = p.endpointUrl;
	if (p.region) next.region = p.region;
	if (p.pathStyle !== undefined) next.pathStyle = p.pathStyle;
	if (p.accessKeyId) {
		next.accessKeyId = p.accessKeyId;
		next.secretAccessKey = p.secretAccessKey ?? '';
		next.sessionToken = p.sessionToken ?? '';
		next.keyExpiry = p.expiration ? { accessKeyId: p.accessKeyId, expiresAt: p.expiration } : null;
	}
	return next;
}

export class SettingsImport {
	#text = $state('');
	#profiles = $state.raw<ImportedProfile[]>([]);
	#chosen = $state('');
	#error = $state.raw<InputError | null>(null);
	#report = $state.raw<ImportReport | null>(null);
	#busy = $state(false);

	#draft: ConnectionDraft;
	#useSigner: (signer: Signer) => void;

	/** `draft` is the connection form; `useSigner` sets the presign form's signature version. */
	constructor(draft: ConnectionDraft, useSigner: (signer: Signer) => void) {
		this.#draft = draft;
		this.#useSigner = useSigner;
	}

	get text(): string { return this.#text; } // prettier-ignore
	set text(v: string) { this.#text = v; this.#error = null; } // prettier-ignore
	/** Profile names for the picker (empty unless the text held several). */
	get profiles(): string[] {
		return this.#profiles.length > 1 ? this.#profiles.map((p) => p.name) : [];
	}
	get chosen(): string { return this.#chosen; } // prettier-ignore
	/** Why the text could not be imported (an ImportError names its line), or null. */
	get error(): InputError | null { return this.#error; } // prettier-ignore
	get report(): ImportReport | null { return this.#report; } // prettier-ignore
	get busy(): boolean { return this.#busy; } // prettier-ignore

	/** Parses the text and fills the form from its first (or `default`) profile. */
	async run(): Promise<void> {
		this.#busy = true;
		try {
			const { parseSettings, ImportError } = await loadImport();
			let profiles: ImportedProfile[];
			try {
				profiles = parseSettings(this.#text);
			} catch (e) {
				this.#error =
					e instanceof ImportError ? e : new InputError('These settings could not be read.');
				return;
			}
			const first = profiles.find((p) => p.name === 'default') ?? profiles[0];
			if (this.#apply(first)) {
				this.#profiles = profiles;
				this.#text = '';
			}
		} finally {
			this.#busy = false;
		}
	}

	/** Fills the form from another profile of the imported text. */
	choose(name: string): void {
		const profile = this.#profiles.find((p) => p.name === name);
		if (profile) this.#apply(profile);
	}

	/** Forgets the text and the parsed profiles (they hold secrets). */
	clear(): void {
		this.#text = '';
		this.#profiles = [];
		this.#chosen = '';
		this.#error = null;
		this.#report = null;
	}

	#apply(profile: ImportedProfile): boolean {
		const fields = filledFields(profile);
		const { name, source } = profile;
		if (fields.length === 0) {
			this.#error = new InputError(
				'“{profile}” ({source}) holds no endpoint, region or keys this page can use.',
				undefined,
				{ profile: name, source }
			);
			return false;
		}
		this.#draft.replace(applyProfile($state.snapshot(this.#draft.fields), profile));
		if (profile.signer) this.#useSigner(profile.signer);
		this.#chosen = name;
		this.#error = null;
		const sigV2 = profile.signer === 'v2';
		this.#report = { profile: name, source, fields, sigV2, keyless: !profile.accessKeyId };
		return true;
	}
}

export const settingsImport = new SettingsImport(connectionDraft, (signer) => {
	presign.signer = signer;
});
