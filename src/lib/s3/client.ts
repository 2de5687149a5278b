// The S3 client the app uses: bucket calls here, listing (listing.ts) and object operations
// (objects.ts), all on one signing transport.
import { bucketLocation, objectLocation, type Addressing, type Endpoint } from './endpoint';
import { createListing, type Listing } from './listing';
import { createObjectOperations, type ObjectOperations } from './objects';
import {
	createTransport,
	serverDateOf,
	type TransportOptions,
	type WithServerDate
} from './transport';
import { parseListBuckets, type ListBucketsResult } from './xml';

export type { WithServerDate };
export type { ListObjectsV1Params, ListObjectsV2Params } from './listing';
export type { CopyObjectParams, HeadObjectResult, ObjectRef, PutObjectParams } from './objects';

/** Transport options (region, credentials, clock `now`, optional fetch/sha256/deadlines) plus where. */
export interface S3ClientOptions extends TransportOptions {
	endpoint: Endpoint;
	addressing: Addressing;
}

export interface S3Client extends Listing, ObjectOperations {
	listBuckets(signal: AbortSignal): Promise<ListBucketsResult & WithServerDate>;
	headBucket(bucket: string, signal: AbortSignal): Promise<{ region?: string } & WithServerDate>;
}

/** Creates a client whose every call takes an AbortSignal and signs with the injected clock. */
export function createS3Client(options: S3ClientOptions): S3Client {
	const transport = createTransport(options);
	const { send, parseOk } = transport;
	const { endpoint, addressing } = options;
	const bucketLoc = (bucket: string) => bucketLocation({ endpoint, bucket, addressing });
	const objectLoc = (bucket: string, key: string) =>
		objectLocation({ endpoint, bucket, key, addressing });

	return {
		...createListing(transport, bucketLoc),
		...createObjectOperations(transport, objectLoc),

		async listBuckets(signal) {
			const { protocol, host, urlHost } = endpoint;
			const loc = { protocol, host, urlHost, path: '/', addressing: 'path' } as const;
			const { res, text } = await send({ method: 'GET', loc }, signal);
			return { ...parseOk(res, text, parseListBuckets), serverDate: serverDateOf(res) };
		},

		async headBucket(bucket, signal) {
			const { res } = await send(
				{ method: 'HEAD', loc: bucketLoc(bucket), notFoundCode: 'NoSuchBucket' },
				signal
			);
			return {
				region: res.headers.get('x-amz-bucket-region') ?? undefined,
				serverDate: serverDateOf(res)
			};
		}
	};
}
