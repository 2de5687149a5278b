// The `Endpoint check` of the open bucket: run once per connection and bucket, in the background,
// never blocking anything. The probes load on first need.
import { toHex } from '$lib/format/codec';
import type { SigningTarget } from '$lib/links/connection';
import type { EndpointReport, SigV2Answer } from '$lib/s3/endpoint-check';
import { clock } from './clock.svelte';
import { session } from './session.svelte';

const loadProbes = () => import('$lib/s3/endpoint-check');

export class EndpointCheck {
	#report = $state.raw<EndpointReport | null>(null);
	#running = $state(false);
	#checked = '';
	#controller: AbortController | null = null;
	#target: () => SigningTarget;

	/** `target` gives the saved connection the probes sign with. */
	constructor(target: () => SigningTarget) {
		this.#target = target;
	}

	/** What was learnt, or null before the first answer. */
	get report(): EndpointReport | null {
		return this.#report;
	}

	get running(): boolean {
		return this.#running;
	}

	/** Whether this endpoint takes SigV2 ('unknown' until checked). */
	get sigV2(): SigV2Answer {
		return this.#report?.sigV2 ?? 'unknown';
	}

	/** Checks `bucket` for connection `generation`, once; a new pair cancels the old check. */
	async run(generation: number, bucket: string): Promise<void> {
		const key = `${generation}\n${bucket}`;
		if (key === this.#checked) return;
		this.clear();
		this.#checked = key;
		const controller = (this.#controller = new AbortController());
		this.#running = true;
		try {
			const { checkEndpoint } = await loadProbes();
			const target = this.#target();
			const report = await checkEndpoint(
				{
					...target,
					bucket,
					origin: target.pageOrigin ?? globalThis.location.origin,
					now: () => clock.signingNow(),
					nonce: toHex(crypto.getRandomValues(new Uint8Array(8)))
				},
				controller.signal
			);
			if (!controller.signal.aborted) this.#report = report;
		} catch {
			// Aborted, or the connection could not be used: the list stays "unknown".
		} finally {
			if (this.#controller === controller) {
				this.#running = false;
				this.#controller = null;
			}
		}
	}

	/** Forgets the result (another connection or bucket is not this one). */
	clear(): void {
		this.#controller?.abort();
		this.#controller = null;
		this.#running = false;
		this.#report = null;
		this.#checked = '';
	}
}

export const endpointCheck = new EndpointCheck(() => session.target());
