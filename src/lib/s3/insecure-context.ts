// For unit specs only (never imported by the app): the crypto globals of a page that is not a
// secure context, such as one served over plain http from an intranet host.
import { vi } from 'vitest';

/** Until `vi.unstubAllGlobals()`: `crypto` keeps getRandomValues (all contexts have it), no `subtle`. */
export function stubInsecureContext(): void {
	const real = globalThis.crypto;
	vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
}
