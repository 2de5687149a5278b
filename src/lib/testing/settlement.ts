// For unit specs: how a promise ended, readable at any moment without awaiting it (with fake
// timers, a spec advances time and then checks whether a request has given up yet).

export interface Settlement {
	settled: boolean;
	error?: unknown;
}

/** Starts watching `promise`; the returned object fills in once it settles. */
export function watchSettlement<T>(promise: Promise<T>): Settlement {
	const state: Settlement = { settled: false };
	promise.then(
		() => (state.settled = true),
		(e) => Object.assign(state, { settled: true, error: e })
	);
	return state;
}
