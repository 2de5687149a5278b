// Typed parsing of S3 XML bodies with the platform DOMParser, namespace-agnostic (by localName).
import { parseDate } from '../format/dates';
import { CODE_MESSAGES, S3Error, codeForStatus } from './errors';

export interface BucketSummary {
	name: string;
	creationDate?: Date;
}

export interface ListBucketsResult {
	owner?: { id?: string; displayName?: string };
	buckets: BucketSummary[];
}

export interface ObjectSummary {
	key: string;
	size: number;
	lastModified?: Date;
	etag?: string;
	storageClass?: string;
}

export interface ListObjectsResult {
	/** Which response shape arrived: ListObjectsV2 (has KeyCount) or V1 (Marker/NextMarker). */
	version: 'v2' | 'v1';
	name?: string;
	prefix: string;
	delimiter?: string;
	maxKeys?: number;
	isTruncated: boolean;
	objects: ObjectSummary[];
	commonPrefixes: string[];
	keyCount?: number;
	continuationToken?: string;
	nextContinuationToken?: string;
	startAfter?: string;
	marker?: string;
	nextMarker?: string;
	encodingType?: string;
}

export interface ErrorBody {
	code?: string;
	message?: string;
	requestId?: string;
	hostId?: string;
	resource?: string;
	region?: string;
	serverTime?: Date;
}

/** Thrown when a 2xx body is not the XML we expected (e.g. an HTML page from a proxy). */
export class XmlFormatError extends Error {
	override name = 'XmlFormatError';
}

/** Parses XML text; throws XmlFormatError for anything that is not well-formed XML. */
export function parseXml(text: string): Element {
	if (typeof DOMParser === 'undefined')
		throw new XmlFormatError('DOMParser is not available here.');
	const doc = new DOMParser().parseFromString(text, 'application/xml');
	const root = doc.documentElement;
	if (
		!root ||
		root.localName === 'parsererror' ||
		doc.getElementsByTagName('parsererror').length > 0
	) {
		throw new XmlFormatError('The server answered with something that is not XML.');
	}
	return root;
}

function children(el: Element, name: string): Element[] {
	return Array.from(el.children).filter((c) => c.localName === name);
}

function text(el: Element, name: string): string | undefined {
	return children(el, name)[0]?.textContent ?? undefined;
}

function int(value: string | undefined): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

/** Decodes encoding-type=url values like botocore (unquote_plus): AWS writes space as +, RGW as %20. */
export function decodeUrlEncoded(value: string): string {
	try {
		return decodeURIComponent(value.replace(/\+/g, ' '));
	} catch {
		return value;
	}
}

function expectRoot(root: Element, name: string): void {
	if (root.localName !== name) {
		throw new XmlFormatError(`Expected <${name}> from the server, got <${root.localName}>.`);
	}
}

/** ListAllMyBucketsResult → buckets. */
export function parseListBuckets(xml: string): ListBucketsResult {
	const root = parseXml(xml);
	expectRoot(root, 'ListAllMyBucketsResult');
	const owner = children(root, 'Owner')[0];
	const list = children(root, 'Buckets')[0];
	return {
		owner: owner ? { id: text(owner, 'ID'), displayName: text(owner, 'DisplayName') } : undefined,
		buckets: (list ? children(list, 'Bucket') : []).map((b) => ({
			name: text(b, 'Name') ?? '',
			creationDate: parseDate(text(b, 'CreationDate'))
		}))
	};
}

/** ListBucketResult of ListObjectsV2 or V1, with encoding-type=url values decoded. */
export function parseListObjects(xml: string): ListObjectsResult {
	const root = parseXml(xml);
	expectRoot(root, 'ListBucketResult');
	const encodingType = text(root, 'EncodingType');
	const dec = (v: string | undefined) =>
		v !== undefined && encodingType === 'url' ? decodeUrlEncoded(v) : v;
	const isV2 =
		children(root, 'KeyCount').length > 0 || children(root, 'ContinuationToken').length > 0;
	return {
		version: isV2 ? 'v2' : 'v1',
		name: text(root, 'Name'),
		prefix: dec(text(root, 'Prefix')) ?? '',
		delimiter: dec(text(root, 'Delimiter')) || undefined,
		maxKeys: int(text(root, 'MaxKeys')),
		isTruncated: text(root, 'IsTruncated') === 'true',
		objects: children(root, 'Contents').map((c) => ({
			key: dec(text(c, 'Key')) ?? '',
			size: int(text(c, 'Size')) ?? 0,
			lastModified: parseDate(text(c, 'LastModified')),
			etag: text(c, 'ETag'),
			storageClass: text(c, 'StorageClass')
		})),
		commonPrefixes: children(root, 'CommonPrefixes').flatMap((p) =>
			children(p, 'Prefix').map((e) => dec(e.textContent ?? '') ?? '')
		),
		keyCount: int(text(root, 'KeyCount')),
		continuationToken: text(root, 'ContinuationToken'),
		nextContinuationToken: text(root, 'NextContinuationToken'),
		startAfter: dec(text(root, 'StartAfter')),
		marker: dec(text(root, 'Marker')),
		nextMarker: dec(text(root, 'NextMarker')),
		encodingType
	};
}

/** <Error> body → fields, or undefined if the text is not an S3 error document. */
export function parseErrorBody(xml: string): ErrorBody | undefined {
	let root: Element;
	try {
		root = parseXml(xml);
	} catch {
		return undefined;
	}
	if (root.localName !== 'Error') return undefined;
	return {
		code: text(root, 'Code') || undefined,
		message: text(root, 'Message')?.trim() || undefined,
		requestId: text(root, 'RequestId') || undefined,
		hostId: text(root, 'HostId') || undefined,
		resource: text(root, 'Resource') || undefined,
		region: text(root, 'Region') || undefined,
		serverTime: parseDate(text(root, 'ServerTime'))
	};
}

export interface ErrorResponse {
	status: number;
	statusText?: string;
	body: string;
	headers?: Headers;
	/** Code for a bodiless 404 (HEAD object: NoSuchKey, HEAD bucket: NoSuchBucket). */
	notFoundCode?: string;
}

/** Builds an S3Error with a useful message from an XML, HTML, other or empty error body. */
export function s3ErrorFromResponse(res: ErrorResponse): S3Error {
	const parsed = res.body.trim() ? parseErrorBody(res.body) : undefined;
	const code = parsed?.code ?? codeForStatus(res.status, res.notFoundCode);
	let message = parsed?.message ?? CODE_MESSAGES[code];
	if (!parsed && /<html[\s>]|<!doctype html/i.test(res.body)) {
		const title = /<title>([^<]*)<\/title>/i.exec(res.body)?.[1]?.trim();
		message =
			`The server answered HTTP ${res.status} with a web page${title ? ` ("${title}")` : ''} instead of S3 XML. ` +
			'Check the endpoint URL; a proxy or web server may be in the way.';
	}
	message ??= `The server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`;
	return new S3Error({
		code,
		message,
		status: res.status,
		requestId: parsed?.requestId ?? res.headers?.get('x-amz-request-id') ?? undefined,
		hostId: parsed?.hostId ?? res.headers?.get('x-amz-id-2') ?? undefined,
		resource: parsed?.resource,
		region: res.headers?.get('x-amz-bucket-region') ?? parsed?.region,
		serverTime: parsed?.serverTime,
		body: res.body
	});
}

const encoder = new TextEncoder();

/** `a` sorts after `b` in UTF-8 byte order, the order S3 lists keys in. */
function utf8Greater(a: string, b: string): boolean {
	const x = encoder.encode(a);
	const y = encoder.encode(b);
	const n = Math.min(x.length, y.length);
	for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] > y[i];
	return x.length > y.length;
}

/** The V1 marker for the next page: the later of the last key and last prefix as listed. */
export function lastListed(
	keys: readonly string[],
	prefixes: readonly string[]
): string | undefined {
	const key = keys.at(-1);
	const prefix = prefixes.at(-1);
	if (key === undefined || prefix === undefined) return key ?? prefix;
	return utf8Greater(prefix, key) ? prefix : key;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text of the first `<name>` element, entities decoded, read from the raw body without
 * parsing: the next listing request can start before this page is parsed, and the start of an
 * error document cut short (never downloaded whole) still gives its `<Code>`.
 */
export function peekText(xml: string, name: string): string | undefined {
	const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
	if (!m) return undefined;
	return m[1].replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
			: ENTITIES[e]
	);
}

/** The S3 error code (`<Code>`) at the start of an error body, or undefined (empty codes too). */
export function peekErrorCode(body: string): string | undefined {
	return peekText(body, 'Code') || undefined;
}
