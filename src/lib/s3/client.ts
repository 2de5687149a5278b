// S3 operations used by the app (list, head, copy, put, delete) on top of the signing transport.
import {
	bucketLocation,
	encodeKey,
	objectLocation,
	type Addressing,
	type Endpoint,
	type Location
} from './endpoint';
import { S3Error } from './errors';
import { createTransport, serverDateOf, type SignedCall, type TransportOptions } from './transport';
import {
	lastListed,
	parseErrorBody,
	parseListBuckets,
	parseListObjects,
	peekText,
	s3ErrorFromResponse,
	type ListBucketsResult,
	type ListObjectsResult
} from './xml';

/** Transport options (region, credentials, clock `now`, optional fetch/sha256/deadlines) plus where. */
export interface S3ClientOptions extends TransportOptions {
	endpoint: Endpoint;
	addressing: Addressing;
}

/** Every result carries the server's Date header when the browser lets us read it (clock skew). */
export interface WithServerDate {
	serverDate?: Date;
}

export interface ListObjectsV2Params {
	bucket: string;
	prefix?: string;
	delimiter?: string;
	/** Opaque: a V2 token, or a V1 marker once the client has fallen back to ListObjects V1. */
	continuationToken?: string;
	maxKeys?: number;
}

export interface ListObjectsV1Params {
	bucket: string;
	prefix?: string;
	delimiter?: string;
	marker?: string;
	maxKeys?: number;
}

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

export interface S3Client {
	listBuckets(signal: AbortSignal): Promise<ListBucketsResult & WithServerDate>;
	listObjectsV2(
		params: ListObjectsV2Params,
		signal: AbortSignal
	): Promise<ListObjectsResult & WithServerDate>;
	/** Every page from `continuationToken` on, the next one requested while this one is parsed. */
	listObjectsV2Pages(
		params: ListObjectsV2Params,
		signal: AbortSignal
	): AsyncGenerator<ListObjectsResult & WithServerDate, void, undefined>;
	listObjectsV1(
		params: ListObjectsV1Params,
		signal: AbortSignal
	): Promise<ListObjectsResult & WithServerDate>;
	headBucket(bucket: string, signal: AbortSignal): Promise<{ region?: string } & WithServerDate>;
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

/** A V2 listing failed in a way that means "ListObjectsV2 is not implemented here". */
function isV2Unsupported(e: unknown): boolean {
	return (
		e instanceof S3Error &&
		(e.code === 'NotImplemented' ||
			e.status === 501 ||
			(e.status === 400 && /InvalidArgument|NotImplemented/.test(e.code)))
	);
}

const noop = () => {};

/** Creates a client whose every call takes an AbortSignal and signs with the injected clock. */
export function createS3Client(options: S3ClientOptions): S3Client {
	const { send, parseOk } = createTransport(options);
	let v1Only = false; // set after the server showed it has no ListObjectsV2

	const bucketLoc = (bucket: string) =>
		bucketLocation({ endpoint: options.endpoint, bucket, addressing: options.addressing });
	const objectLoc = (bucket: string, key: string) =>
		objectLocation({ endpoint: options.endpoint, bucket, key, addressing: options.addressing });

	async function listObjectsV1(
		p: ListObjectsV1Params,
		signal: AbortSignal
	): Promise<ListObjectsResult & WithServerDate> {
		const query: [string, string][] = [['encoding-type', 'url']];
		if (p.prefix) query.push(['prefix', p.prefix]);
		if (p.delimiter) query.push(['delimiter', p.delimiter]);
		if (p.marker) query.push(['marker', p.marker]);
		if (p.maxKeys !== undefined) query.push(['max-keys', String(p.maxKeys)]);
		const { res, text } = await send(
			{
				method: 'GET',
				loc: bucketLoc(p.bucket),
				query,
				notFoundCode: 'NoSuchBucket',
				deadline: 'page'
			},
			signal
		);
		return withV1Token(parseOk(res, text, parseListObjects), p.prefix, res);
	}

	function listV1Page(p: ListObjectsV2Params, signal: AbortSignal) {
		const { bucket, prefix, delimiter, continuationToken: marker, maxKeys } = p;
		return listObjectsV1({ bucket, prefix, delimiter, marker, maxKeys }, signal);
	}

	function sendV2(p: ListObjectsV2Params, signal: AbortSignal, onFetch?: () => void) {
		const query: [string, string][] = [
			['list-type', '2'],
			['encoding-type', 'url']
		];
		if (p.prefix) query.push(['prefix', p.prefix]);
		if (p.delimiter) query.push(['delimiter', p.delimiter]);
		if (p.continuationToken) query.push(['continuation-token', p.continuationToken]);
		if (p.maxKeys !== undefined) query.push(['max-keys', String(p.maxKeys)]);
		return send(
			{
				method: 'GET',
				loc: bucketLoc(p.bucket),
				query,
				notFoundCode: 'NoSuchBucket',
				deadline: 'page',
				onFetch
			},
			signal
		);
	}

	async function finishV2(
		p: ListObjectsV2Params,
		sent: { res: Response; text: string },
		signal: AbortSignal
	): Promise<ListObjectsResult & WithServerDate> {
		const result = parseOk(sent.res, sent.text, parseListObjects);
		if (result.version === 'v1') {
			// The server ignored list-type=2; a first page is still a valid V1 page.
			v1Only = true;
			if (p.continuationToken) return listV1Page(p, signal);
			return withV1Token(result, p.prefix, sent.res);
		}
		// RGW leaves <Prefix> unencoded under encoding-type=url; the requested prefix is the truth.
		return { ...result, prefix: p.prefix ?? '', serverDate: serverDateOf(sent.res) };
	}

	/** V1 pages by marker: NextMarker if given, else the last key or prefix (S3 docs, ListObjects). */
	function withV1Token(
		r: ListObjectsResult,
		prefix: string | undefined,
		res: Response
	): ListObjectsResult & WithServerDate {
		const last = lastListed(
			r.objects.map((o) => o.key),
			r.commonPrefixes
		);
		const next = r.isTruncated ? (r.nextMarker ?? last) : undefined;
		return {
			...r,
			prefix: prefix ?? '',
			nextContinuationToken: next,
			serverDate: serverDateOf(res)
		};
	}

	return {
		async listBuckets(signal) {
			const { protocol, host, urlHost } = options.endpoint;
			const loc: Location = { protocol, host, urlHost, path: '/', addressing: 'path' };
			const { res, text } = await send({ method: 'GET', loc }, signal);
			return { ...parseOk(res, text, parseListBuckets), serverDate: serverDateOf(res) };
		},

		async listObjectsV2(p, signal) {
			if (v1Only) return listV1Page(p, signal);
			let sent: { res: Response; text: string };
			try {
				sent = await sendV2(p, signal);
			} catch (e) {
				if (!isV2Unsupported(e)) throw e;
				v1Only = true;
				return listV1Page(p, signal);
			}
			return finishV2(p, sent, signal);
		},

		async *listObjectsV2Pages(params, signal) {
			// Our own controller, so that a prefetch nobody will read is cancelled on return.
			const controller = new AbortController();
			const abort = () => controller.abort(signal.reason);
			if (signal.aborted) abort();
			signal.addEventListener('abort', abort);
			let p = params;
			let pending: Promise<{ res: Response; text: string }> | null = null;
			try {
				for (;;) {
					if (controller.signal.aborted) throw controller.signal.reason;
					let page: ListObjectsResult & WithServerDate;
					if (v1Only) {
						// V1 markers come from the parsed page: nothing to fetch ahead.
						pending = null;
						page = await listV1Page(p, controller.signal);
					} else {
						let sent: { res: Response; text: string };
						try {
							sent = await (pending ?? sendV2(p, controller.signal));
						} catch (e) {
							if (!isV2Unsupported(e)) throw e;
							v1Only = true;
							pending = null;
							continue;
						}
						const ahead = peekText(sent.text, 'NextContinuationToken');
						pending = null;
						if (ahead) {
							// Signing is async: wait until the request is out, then parse while it travels.
							let dispatched!: () => void;
							const out = new Promise<void>((resolve) => (dispatched = resolve));
							pending = sendV2({ ...p, continuationToken: ahead }, controller.signal, dispatched);
							pending.catch(noop); // awaited below, or dropped when the listing ends
							await Promise.race([out, pending.then(noop, noop)]);
						}
						page = await finishV2(p, sent, controller.signal);
						if (page.nextContinuationToken !== ahead) pending = null;
					}
					if (controller.signal.aborted) throw controller.signal.reason;
					yield page;
					if (!page.isTruncated || !page.nextContinuationToken) return;
					p = { ...p, continuationToken: page.nextContinuationToken };
				}
			} finally {
				signal.removeEventListener('abort', abort);
				controller.abort();
			}
		},

		listObjectsV1,

		async headBucket(bucket, signal) {
			const { res } = await send(
				{ method: 'HEAD', loc: bucketLoc(bucket), notFoundCode: 'NoSuchBucket' },
				signal
			);
			return {
				region: res.headers.get('x-amz-bucket-region') ?? undefined,
				serverDate: serverDateOf(res)
			};
		},

		async headObject({ bucket, key }, signal) {
			const { res } = await send(
				{ method: 'HEAD', loc: objectLoc(bucket, key), notFoundCode: 'NoSuchKey' },
				signal
			);
			const metadata: Record<string, string> = {};
			res.headers.forEach((value, name) => {
				if (name.startsWith('x-amz-meta-')) metadata[name.slice('x-amz-meta-'.length)] = value;
			});
			const length = res.headers.get('content-length');
			const modified = res.headers.get('last-modified');
			const lastModified = modified ? new Date(modified) : undefined;
			return {
				contentLength: length === null ? undefined : Number(length),
				contentType: res.headers.get('content-type') ?? undefined,
				etag: res.headers.get('etag') ?? undefined,
				lastModified:
					lastModified && !Number.isNaN(lastModified.getTime()) ? lastModified : undefined,
				storageClass: res.headers.get('x-amz-storage-class') ?? undefined,
				metadata,
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
			const etag = peekText(text, 'ETag');
			return { etag, serverDate: serverDateOf(res) };
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
