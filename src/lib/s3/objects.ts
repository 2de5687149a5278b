// Object operations on the signing transport: HeadObject, DeleteObject, CopyObject, PutObject.
import { parseDate } from '../format/dates';
import { encodeKey, type Location } from './endpoint';
import { serverDateOf, type SignedCall, type Transport, type WithServerDate } from './transport';
import { parseErrorBody, peekText, s3ErrorFromResponse } from './xml';

export interface ObjectRef {
	bucket: string;
	key: string;
}

export interface HeadObjectResult extends WithServerDate {
	contentLength?: number;
	contentType?: string;
	etag?: string;
	lastModified?: Date;
	/** `x-amz-storage-class`; AWS leaves it out for STANDARD, a browser sees it only if exposed. */
	storageClass?: string;
	metadata: Record<string, string>;
}

export interface CopyObjectParams {
	bucket: string;
	sourceKey: string;
	destinationKey: string;
	/** Defaults to `bucket`. */
	sourceBucket?: string;
	/** `x-amz-copy-source-if-match`: copy only while the source still has this ETag. */
	sourceIfMatch?: string;
	/** `x-amz-storage-class` of the copy (without it S3 gives the copy the default class). */
	storageClass?: string;
}

export interface PutObjectParams {
	bucket: string;
	key: string;
	body: NonNullable<SignedCall['body']>;
	contentType?: string;
}

export interface ObjectOperations {
	headObject(ref: ObjectRef, signal: AbortSignal): Promise<HeadObjectResult>;
	deleteObject(ref: ObjectRef, signal: AbortSignal): Promise<WithServerDate>;
	copyObject(
		params: CopyObjectParams,
		signal: AbortSignal
	): Promise<{ etag?: string } & WithServerDate>;
	/** For small bodies: the whole PUT has the request deadline (files go with progress, by XHR). */
	putObject(
		params: PutObjectParams,
		signal: AbortSignal
	): Promise<{ etag?: string } & WithServerDate>;
}

const META = 'x-amz-meta-';

/** User metadata (`x-amz-meta-*` headers the browser may read), without the prefix. */
function metadataOf(headers: Headers): Record<string, string> {
	const metadata: Record<string, string> = {};
	headers.forEach((value, name) => {
		if (name.startsWith(META)) metadata[name.slice(META.length)] = value;
	});
	return metadata;
}

/** Object calls for one client, addressing objects through `objectLoc`. */
export function createObjectOperations(
	{ send }: Transport,
	objectLoc: (bucket: string, key: string) => Location
): ObjectOperations {
	return {
		async headObject({ bucket, key }, signal) {
			const { res } = await send(
				{ method: 'HEAD', loc: objectLoc(bucket, key), notFoundCode: 'NoSuchKey' },
				signal
			);
			const length = res.headers.get('content-length');
			return {
				contentLength: length === null ? undefined : Number(length),
				contentType: res.headers.get('content-type') ?? undefined,
				etag: res.headers.get('etag') ?? undefined,
				lastModified: parseDate(res.headers.get('last-modified')),
				storageClass: res.headers.get('x-amz-storage-class') ?? undefined,
				metadata: metadataOf(res.headers),
				serverDate: serverDateOf(res)
			};
		},

		async deleteObject({ bucket, key }, signal) {
			const { res } = await send({ method: 'DELETE', loc: objectLoc(bucket, key) }, signal);
			return { serverDate: serverDateOf(res) };
		},

		async copyObject(p, signal) {
			const headers: Record<string, string> = {
				'x-amz-copy-source': `/${p.sourceBucket ?? p.bucket}/${encodeKey(p.sourceKey)}`
			};
			if (p.sourceIfMatch) headers['x-amz-copy-source-if-match'] = p.sourceIfMatch;
			if (p.storageClass) headers['x-amz-storage-class'] = p.storageClass;
			const { res, text } = await send(
				{ method: 'PUT', loc: objectLoc(p.bucket, p.destinationKey), headers, deadline: 'copy' },
				signal
			);
			// CopyObject can fail after the 200 status line: the error then comes in the body.
			const error = parseErrorBody(text);
			if (error)
				throw s3ErrorFromResponse({ status: res.status, body: text, headers: res.headers });
			return { etag: peekText(text, 'ETag'), serverDate: serverDateOf(res) };
		},

		async putObject(p, signal) {
			const headers: Record<string, string> = {};
			if (p.contentType) headers['content-type'] = p.contentType;
			const { res } = await send(
				{ method: 'PUT', loc: objectLoc(p.bucket, p.key), headers, body: p.body },
				signal
			);
			return { etag: res.headers.get('etag') ?? undefined, serverDate: serverDateOf(res) };
		}
	};
}
