// ListObjects on the signing transport: V2 by continuation token, falling back to V1 by marker on
// servers without V2, and a page stream that requests the next page while this one is parsed.
import type { Location } from './endpoint';
import { S3Error } from './errors';
import { serverDateOf, type Transport, type WithServerDate } from './transport';
import { lastListed, parseListObjects, peekText, type ListObjectsResult } from './xml';

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

type Page = ListObjectsResult & WithServerDate;
type Sent = { res: Response; text: string };

export interface Listing {
	listObjectsV2(params: ListObjectsV2Params, signal: AbortSignal): Promise<Page>;
	/** Every page from `continuationToken` on, the next one requested while this one is parsed. */
	listObjectsV2Pages(
		params: ListObjectsV2Params,
		signal: AbortSignal
	): AsyncGenerator<Page, void, undefined>;
	listObjectsV1(params: ListObjectsV1Params, signal: AbortSignal): Promise<Page>;
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

/** The query both versions share, after the version's own leading parameters. */
function listQuery(
	lead: [string, string][],
	p: { prefix?: string; delimiter?: string; maxKeys?: number },
	position: [string, string | undefined]
): [string, string][] {
	const query: [string, string][] = [...lead, ['encoding-type', 'url']];
	if (p.prefix) query.push(['prefix', p.prefix]);
	if (p.delimiter) query.push(['delimiter', p.delimiter]);
	if (position[1]) query.push([position[0], position[1]]);
	if (p.maxKeys !== undefined) query.push(['max-keys', String(p.maxKeys)]);
	return query;
}

/** V1 pages by marker: NextMarker if given, else the last key or prefix (S3 docs, ListObjects). */
function withV1Token(r: ListObjectsResult, prefix: string | undefined, res: Response): Page {
	const last = lastListed(
		r.objects.map((o) => o.key),
		r.commonPrefixes
	);
	const next = r.isTruncated ? (r.nextMarker ?? last) : undefined;
	return { ...r, prefix: prefix ?? '', nextContinuationToken: next, serverDate: serverDateOf(res) };
}

const noop = () => {};

/** Listing calls for one client; it remembers once a server has shown it has no ListObjectsV2. */
export function createListing(
	{ send, parseOk }: Transport,
	bucketLoc: (bucket: string) => Location
): Listing {
	let v1Only = false;

	async function listObjectsV1(p: ListObjectsV1Params, signal: AbortSignal): Promise<Page> {
		const query = listQuery([], p, ['marker', p.marker]);
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
		const query = listQuery([['list-type', '2']], p, ['continuation-token', p.continuationToken]);
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

	async function finishV2(p: ListObjectsV2Params, sent: Sent, signal: AbortSignal): Promise<Page> {
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

	async function listObjectsV2(p: ListObjectsV2Params, signal: AbortSignal): Promise<Page> {
		if (v1Only) return listV1Page(p, signal);
		let sent: Sent;
		try {
			sent = await sendV2(p, signal);
		} catch (e) {
			if (!isV2Unsupported(e)) throw e;
			v1Only = true;
			return listV1Page(p, signal);
		}
		return finishV2(p, sent, signal);
	}

	async function* listObjectsV2Pages(params: ListObjectsV2Params, signal: AbortSignal) {
		// Our own controller, so that a prefetch nobody will read is cancelled on return.
		const controller = new AbortController();
		const abort = () => controller.abort(signal.reason);
		if (signal.aborted) abort();
		signal.addEventListener('abort', abort);
		let p = params;
		let pending: Promise<Sent> | null = null;
		try {
			for (;;) {
				if (controller.signal.aborted) throw controller.signal.reason;
				let page: Page;
				if (v1Only) {
					// V1 markers come from the parsed page: nothing to fetch ahead.
					pending = null;
					page = await listV1Page(p, controller.signal);
				} else {
					let sent: Sent;
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
	}

	return { listObjectsV2, listObjectsV2Pages, listObjectsV1 };
}
