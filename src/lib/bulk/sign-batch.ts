// Signs one batch of keys: SigV4 on the lean per-batch signer, SigV2 through presignUrl.
// This is what each worker runs; the pool also runs it in-thread where there is no Worker.
import { InputError } from '$lib/s3/errors';
import { presignUrl } from '$lib/s3/presign';
import { presignKeysV4, validateJob } from './batch-sigv4';
import type { BulkJob, HashBackend, SignFailure } from './types';

/** Presigned GET URLs for `keys`, in the same order. */
export async function signBatch(
	job: BulkJob,
	keys: readonly string[],
	hash: HashBackend = 'js'
): Promise<string[]> {
	if (job.signer === 'v4') return presignKeysV4(job, keys, hash);
	validateJob(job);
	const urls: string[] = [];
	for (const key of keys) {
		const signed = await presignUrl({ ...job, method: 'GET', key });
		urls.push(signed.url);
	}
	return urls;
}

/** What a failed batch reports across the worker boundary (errors do not keep their class). */
export function signFailure(e: unknown): SignFailure {
	const error = e as { name?: string; message?: string };
	return {
		name: error?.name ?? 'Error',
		message: String(error?.message ?? e),
		input: e instanceof InputError,
		field: e instanceof InputError ? e.field : undefined,
		template: e instanceof InputError ? e.template : undefined,
		params: e instanceof InputError ? e.params : undefined
	};
}
