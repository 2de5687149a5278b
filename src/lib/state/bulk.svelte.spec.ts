// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { S3Error, type ListObjectsV2Params, type S3Client } from '$lib/s3';
import { BulkLinksState } from './bulk.svelte';

let listing: { signal?: AbortSignal; fail?: boolean; started?: () => void } = {};
const client = {
	// eslint-disable-next-line require-yield
	async *listObjectsV2Pages(_p: ListObjectsV2Params, signal: AbortSignal) {
		listing.signal = signal;
		listing.started?.();
		if (listing.fail)
			throw new S3Error({ code: 'AccessDenied', message: '', status: 403, body: '' });
		await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
	}
};

const input = { bucket: 'b', prefix: 'p/', expiresIn: 60, signer: 'v4' as const };

function setup() {
	let generation = $state(0);
	const bulk = new BulkLinksState({
		openFolder: () => ({ bucket: 'b', prefix: 'p/' }),
		connection: () => generation,
		client: () => client as unknown as S3Client,
		target: () => {
			throw new Error('these tests never sign');
		},
		signingNow: () => new Date('2025-01-01T00:00:00Z')
	});
	const change = async () => {
		generation++;
		await Promise.resolve(); // effects run in a microtask after the change
	};
	return { bulk, change };
}

describe('bulk links and a change of connection', () => {
	it('stops a listing in flight when the connection changes', async () => {
		const { bulk, change } = setup();
		const started = new Promise<void>((resolve) => (listing = { started: resolve }));
		const run = bulk.run(input);
		await started;
		expect(bulk.phase).toBe('listing');
		await change();
		expect(listing.signal?.aborted).toBe(true);
		expect(bulk.phase).toBe('idle');
		await run;
		expect(bulk.phase).toBe('idle');
		expect(bulk.error).toBeNull();
		bulk.dispose();
	});

	it('forgets the error of the old connection', async () => {
		const { bulk, change } = setup();
		listing = { fail: true };
		await bulk.run(input);
		expect(bulk.error?.kind).toBe('denied');
		await change();
		expect(bulk.error).toBeNull();
		bulk.dispose();
	});
});
