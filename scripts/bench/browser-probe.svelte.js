// The app's object browser state (src/lib/state/browser.svelte.ts) driven without the UI: an
// effect reads the rows after every page, as the list component does, but nothing is rendered.
import { browser } from '$lib/state/browser.svelte';
import { session } from '$lib/state/session.svelte';

/** @typedef {{ endpoint: string, region: string, accessKeyId: string, secretAccessKey: string, bucket: string }} ProbeConn */

/**
 * Opens `prefix` in the browser state and lists it to the end with Load all.
 * @param {ProbeConn} c
 * @param {string} prefix
 */
export async function listInBrowser(c, prefix) {
	session.save({
		endpointUrl: c.endpoint,
		region: c.region,
		accessKeyId: c.accessKeyId,
		secretAccessKey: c.secretAccessKey,
		sessionToken: '',
		pathStyle: true
	});
	let derivations = 0;
	const stop = $effect.root(() => {
		$effect(() => {
			derivations += browser.rows.length > -1 ? 1 : 0;
		});
	});
	await browser.open(c.bucket, prefix);
	await browser.loadAll();
	// Effects run in a microtask after the last page: let them.
	await new Promise((r) => setTimeout(r, 0));
	stop();
	return { count: browser.objectCount, derivations, error: browser.error?.title ?? null };
}

/**
 * The browser's filter as the search box sets it: time until the filtered rows are ready.
 * @param {string} query
 */
export function filterInBrowser(query) {
	browser.filter = query;
	const t0 = performance.now();
	const hits = browser.rows.length;
	return { ms: performance.now() - t0, hits };
}

/** Clears the browser's filter (and recomputes the unfiltered rows). */
export function clearBrowserFilter() {
	browser.filter = '';
	return browser.rows.length;
}
