// One place that wipes everything tied to the credentials of this tab, used by the
// `Forget credentials` button and by the idle timeout alike: keys, the open listing, the chosen
// object, the server-time offset, and the links made with them (they grant access until they
// expire, so a person forgetting the keys on a shared computer wants them gone too).
import { browser } from './browser.svelte';
import { clock } from './clock.svelte';
import { links } from './links.svelte';
import { presign } from './presign.svelte';
import { selection } from './selection.svelte';
import { session } from './session.svelte';

/** Wipes credentials and everything made with them from memory and sessionStorage. */
export function forgetEverything(): void {
	browser.close();
	selection.clear();
	clock.reset();
	presign.current = null;
	links.clear();
	session.forget();
}
