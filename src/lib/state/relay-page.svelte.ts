// The `#/go` page: reads the relay link in its fragment (no keys needed, none kept), follows the
// local clock, and starts the download or the upload view once, when a window is open.
import { relayParam, unpackRelay } from '$lib/links/relay-pack';
import {
	relayDestination,
	relayNextStep,
	relayView,
	type RelayDestination,
	type RelayView
} from '$lib/links/relay-view';
import { InputError, type RelayLink } from '$lib/s3';

export type RelayPageView =
	| { kind: 'loading' }
	| { kind: 'none' }
	| { kind: 'refused'; reason: string; error: InputError }
	| RelayView;

/** The browser, injected so the spec can watch where the page goes. */
export interface RelayPageWorld {
	now(): number;
	go(url: string): void;
}

export class RelayPage {
	#link = $state.raw<RelayLink | null>(null);
	#destination = $state.raw<RelayDestination | null>(null);
	#problem = $state<RelayPageView | null>({ kind: 'loading' });
	#started = false;

	/** Reads the fragment; the view then follows `now`. */
	async load(hash: string, appOrigin: string): Promise<void> {
		this.#link = this.#destination = null;
		this.#started = false;
		const packed = relayParam(hash);
		if (!packed) {
			this.#problem = { kind: 'none' };
			return;
		}
		this.#problem = { kind: 'loading' };
		try {
			const link = await unpackRelay(packed);
			this.#destination = relayDestination(link, appOrigin);
			this.#link = link;
			this.#problem = null;
		} catch (e) {
			if (!(e instanceof InputError)) throw e;
			this.#problem = { kind: 'refused', reason: e.message, error: e };
		}
	}

	/** What to show at `nowMs`. */
	view(nowMs: number): RelayPageView {
		if (this.#problem || !this.#link || !this.#destination)
			return this.#problem ?? { kind: 'none' };
		return relayView(this.#link, this.#destination, nowMs);
	}

	/** Sends the browser on once per load, the first time a window is open; true if it did. */
	proceed(world: RelayPageWorld, appHref: string): boolean {
		const view = this.view(world.now());
		if (this.#started || view.kind !== 'open' || !this.#link) return false;
		this.#started = true;
		world.go(relayNextStep(this.#link, view.url, appHref));
		return true;
	}
}
