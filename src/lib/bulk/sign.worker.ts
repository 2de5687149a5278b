// Module worker: signs batches sent by pool.ts, so 10,000 links never block the page.
import { signBatch, signFailure } from './sign-batch';
import type { SignRequest, SignResponse } from './pool';

function reply(message: SignResponse): void {
	postMessage(message);
}

self.onmessage = async (event: MessageEvent<SignRequest>) => {
	const { id, job, keys, hash } = event.data;
	try {
		reply({ id, urls: await signBatch(job, keys, hash) });
	} catch (e) {
		reply({ id, error: signFailure(e) });
	}
};
