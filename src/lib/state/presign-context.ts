// What the presign form uses of the rest of the app: the connection it signs with, the clock and
// the link history. Signing needs no Connect, so the connection is whatever its fields hold now.
import type { ImportedExpiry } from '$lib/links/key-expiry';
import { signingTarget, type SigningTarget } from '$lib/links/connection';
import { InputError } from '$lib/s3';
import { clock } from './clock.svelte';
import { ConnectionDraft, connectionDraft } from './connection-draft.svelte';
import { links, type LinkHistory } from './links.svelte';
import { session } from './session.svelte';

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

export const appContext: PresignContext = {
	target: fieldsTarget,
	importedExpiry: () => connectionDraft.fields.keyExpiry,
	signingNow: () => clock.signingNow(),
	links
};
