// Whether the page's own origin answers over the network right now.

/** A probe that takes longer than this counts as unreachable (packets dropped, not refused). */
export const PROBE_TIMEOUT_MS = 10_000;

/**
 * Asks the page's own origin with a HEAD request. The query keeps the service worker out (it
 * serves only exact URLs of this build) and `no-store` keeps the HTTP cache out, so only a real
 * answer over the network counts.
 */
export async function originAnswers(
	base: string,
	fetchFn: typeof fetch = fetch,
	timeoutMs = PROBE_TIMEOUT_MS
): Promise<boolean> {
	const url = new URL(`./?reachable=${Math.random().toString(36).slice(2)}`, base);
	try {
		await fetchFn(url, {
			method: 'HEAD',
			cache: 'no-store',
			credentials: 'omit',
			signal: AbortSignal.timeout(timeoutMs)
		});
		return true;
	} catch {
		return false;
	}
}
