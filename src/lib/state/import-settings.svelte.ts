// `Import settings`: text pasted or dropped (a CLI tool's settings file) fills the connection
// fields, all at once or not at all. Parsed in this tab; the pasted text (which holds the secret)
// is cleared once imported, and the parsed profiles live in memory only, for the profile picker.
// The parsers load on the first Import.
import type { ImportedProfile } from '$lib/import';
import type { Signer } from '$lib/s3';
import type { ConnectionSettings } from '$lib/links/connection';
import { connectionDraft, type ConnectionDraft } from './connection-draft.svelte';
import { presign } from './presign.svelte';

const loadImport = () => import('$lib/import');

/** Which fields a profile fills, named as the form names them. */
function filledFields(p: ImportedProfile): string[] {
	const names: [keyof ImportedProfile, string][] = [
		['endpointUrl', 'endpoint URL'],
		['region', 'region'],
		['accessKeyId', 'access key ID'],
		['secretAccessKey', 'secret access key'],
		['sessionToken', 'session token']
	];
	const filled = names.filter(([k]) => p[k]).map(([, label]) => label);
	if (p.pathStyle !== undefined) filled.push('addressing');
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
	#error = $state('');
	#message = $state('');
	#busy = $state(false);

	#draft: ConnectionDraft;
	#useSigner: (signer: Signer) => void;

	/** `draft` is the connection form; `useSigner` sets the presign form's signature version. */
	constructor(draft: ConnectionDraft, useSigner: (signer: Signer) => void) {
		this.#draft = draft;
		this.#useSigner = useSigner;
	}

	get text(): string { return this.#text; } // prettier-ignore
	set text(v: string) { this.#text = v; this.#error = ''; } // prettier-ignore
	/** Profile names for the picker (empty unless the text held several). */
	get profiles(): string[] {
		return this.#profiles.length > 1 ? this.#profiles.map((p) => p.name) : [];
	}
	get chosen(): string { return this.#chosen; } // prettier-ignore
	get error(): string { return this.#error; } // prettier-ignore
	get message(): string { return this.#message; } // prettier-ignore
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
				this.#error = e instanceof ImportError ? e.message : 'These settings could not be read.';
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
		this.#error = '';
		this.#message = '';
	}

	#apply(profile: ImportedProfile): boolean {
		const filled = filledFields(profile);
		const label = `“${profile.name}” (${profile.source})`;
		if (filled.length === 0) {
			this.#error = `${label} holds no endpoint, region or keys this page can use.`;
			return false;
		}
		this.#draft.replace(applyProfile($state.snapshot(this.#draft.fields), profile));
		if (profile.signer) this.#useSigner(profile.signer);
		this.#chosen = profile.name;
		this.#error = '';
		const signer = profile.signer === 'v2' ? ' Links default to SigV2 (legacy), as set there.' : '';
		const keyless = profile.accessKeyId
			? ''
			: ' It has no keys: enter them, or import the output of `aws configure export-credentials --format process`.';
		this.#message = `Filled from ${label}: ${filled.join(', ')}.${signer}${keyless} Press Connect to use them.`;
		return true;
	}
}

export const settingsImport = new SettingsImport(connectionDraft, (signer) => {
	presign.signer = signer;
});
