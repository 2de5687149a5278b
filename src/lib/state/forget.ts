// One place that wipes what belongs to a connection. A change of connection drops the open
// listing (and the client that signs its next pages), the chosen object and the server-time
// offset, so nothing made for the old endpoint or keys is shown or signed again. Forgetting, by
// the `Forget credentials` button or the idle timeout, also wipes the keys and the links made
// with them (they grant access until they expire, so a person forgetting the keys on a shared
// computer wants them gone too).
import { browser } from './browser.svelte';
import { clock } from './clock.svelte';
import { endpointCheck } from './endpoint-check.svelte';
import { emptyConnection } from '$lib/links/connection';
import { connectionDraft } from './connection-draft.svelte';
import { settingsImport } from './import-settings.svelte';
import { links } from './links.svelte';
import { presign } from './presign.svelte';
import { selection } from './selection.svelte';
import { session, type ConnectionSettings } from './session.svelte';

/** Drops the listing, the chosen object and the server-time offset of the current connection. */
function leaveConnection(): void {
	browser.close();
	selection.clear();
	clock.reset();
	endpointCheck.clear();
}

/** Connects with new (or the same) settings, starting clean. */
export function connectAnew(settings: ConnectionSettings, note = ''): Promise<void> {
	leaveConnection();
	return session.connect(settings, note);
}

/** Wipes credentials and everything made with them from memory and sessionStorage. */
export function forgetEverything(): void {
	leaveConnection();
	presign.current = null;
	links.clear();
	session.forget();
	connectionDraft.replace(emptyConnection());
	settingsImport.clear();
}
