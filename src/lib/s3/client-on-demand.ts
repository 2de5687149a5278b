// The S3 client with its transport, signer (smithy SigV4, SHA-256) and XML parsing is the
// largest part of the signing core, and nothing on the first screen calls it before Connect.
// This stand-in has the same interface and loads the real client on its first call.
import type { S3Client, S3ClientOptions } from './client';

let clientModule: Promise<typeof import('./client')> | undefined;

/** Loads the client module once; a failed load (offline, say) is tried again next time. */
export function loadClientModule(): Promise<typeof import('./client')> {
	clientModule ??= import('./client').catch((error: unknown) => {
		clientModule = undefined;
		throw error;
	});
	return clientModule;
}

/** Like `createS3Client`, but the client's code is fetched on the first call, not at start-up. */
export function createS3Client(options: S3ClientOptions): S3Client {
	let client: Promise<S3Client> | undefined;
	const real = () =>
		(client ??= loadClientModule().then(
			(m) => m.createS3Client(options),
			(error: unknown) => {
				client = undefined;
				throw error;
			}
		));
	return {
		listBuckets: async (signal) => (await real()).listBuckets(signal),
		listObjectsV2: async (params, signal) => (await real()).listObjectsV2(params, signal),
		async *listObjectsV2Pages(params, signal) {
			yield* (await real()).listObjectsV2Pages(params, signal);
		},
		listObjectsV1: async (params, signal) => (await real()).listObjectsV1(params, signal),
		headBucket: async (bucket, signal) => (await real()).headBucket(bucket, signal),
		headObject: async (ref, signal) => (await real()).headObject(ref, signal),
		deleteObject: async (ref, signal) => (await real()).deleteObject(ref, signal),
		copyObject: async (params, signal) => (await real()).copyObject(params, signal),
		putObject: async (params, signal) => (await real()).putObject(params, signal)
	};
}
