// What each server does with a link dated in the future, probed once per endpoint and bucket in
// this tab and only when someone sets a start time.
import type { SigningTarget } from '$lib/links/connection';
import { probeStartTimes, type StartTimes } from '$lib/s3/start-times';

export type StartTimesView = StartTimes | 'checking';

class StartTimesCheck {
	#results = $state.raw<Record<string, StartTimesView>>({});

	/** What is known of `bucket` at the target's endpoint, or undefined before any probe. */
	get(target: SigningTarget, bucket: string): StartTimesView | undefined {
		return this.#results[`${target.endpoint.origin} ${bucket}`];
	}

	/** Probes once per endpoint and bucket; later calls reuse the answer. */
	async check(target: SigningTarget, bucket: string, now: Date): Promise<void> {
		const name = `${target.endpoint.origin} ${bucket}`;
		if (this.#results[name]) return;
		this.#set(name, 'checking');
		let result: StartTimes = 'unknown';
		try {
			result = await probeStartTimes({ ...target, bucket, now });
		} finally {
			this.#set(name, result);
		}
	}

	#set(name: string, value: StartTimesView): void {
		this.#results = { ...this.#results, [name]: value };
	}
}

export const startTimes = new StartTimesCheck();
