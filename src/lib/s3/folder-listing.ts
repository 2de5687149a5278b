// A presigned ListObjectsV2 of one folder (SigV4 signs every query parameter, so the holder can
// list that prefix and nothing else). The drop page uses it to see which names are taken.
import { bucketLocation, type Addressing, type Endpoint } from './endpoint';
import { MAX_V4_EXPIRES_SECONDS } from './expiry';
import { signingSecond } from './presign';
import { presignV4, type Credentials } from './sigv4';

export interface FolderListingRequest {
	endpoint: Endpoint;
	region: string;
	addressing: Addressing;
	bucket: string;
	prefix: string;
	credentials: Credentials;
	/** Capped at SigV4's 7 days. */
	expiresIn: number;
	now: Date;
}

/** `GET /bucket?list-type=2&prefix=…&encoding-type=url`, presigned with SigV4. */
export async function presignFolderListing(r: FolderListingRequest): Promise<string> {
	const loc = bucketLocation(r);
	const { url } = await presignV4({
		method: 'GET',
		protocol: loc.protocol,
		host: loc.host,
		urlHost: loc.urlHost,
		path: loc.path,
		region: r.region,
		credentials: r.credentials,
		expiresIn: Math.min(r.expiresIn, MAX_V4_EXPIRES_SECONDS),
		now: signingSecond(r.now),
		query: [
			['list-type', '2'],
			['prefix', r.prefix],
			['encoding-type', 'url']
		]
	});
	return url;
}
