import { decodableFragment } from '$lib/format/fragment';

/** Runs before the router reads the address: a fragment it cannot decode would stop the app. */
export function init(): void {
	const hash = decodableFragment(location.hash);
	if (hash !== location.hash) history.replaceState(history.state, '', hash);
}
