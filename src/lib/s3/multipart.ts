// Multipart upload (AWS docs, "Uploading and copying objects using multipart upload"): the part
// plan, CreateMultipartUpload and AbortMultipartUpload as signed requests on the transport, and
// the ListParts / CompleteMultipartUpload bodies a holder of presigned URLs reads and sends.
import { objectLocation, type Addressing, type Endpoint } from './endpoint';
import { InputError, S3Error } from './errors';
import type { Transport } from './transport';
import { parseXml, XmlFormatError } from './xml';

const MiB = 1024 * 1024;
/** S3 allows at most 10,000 parts per upload. */
export const MAX_PARTS = 10_000;
/** Every part but the last must be at least 5 MiB; 8 MiB keeps the request count sane. */
export const MIN_PART_SIZE = 8 * MiB;
/** A part may be at most 5 GiB. */
export const MAX_PART_SIZE = 5 * 1024 * MiB;
/** The largest object S3 stores: 5 TiB. */
export const MAX_OBJECT_SIZE = 5 * 1024 * 1024 * MiB;
/** ListParts returns at most this many parts per page (AWS and RGW default). */
export const LIST_PAGE = 1000;

export interface PartPlan {
	/** Bytes per part (the last one may be shorter). */
	partSize: number;
	/** Parts needed for the largest allowed file. */
	partCount: number;
}

/** Part size (whole MiB, ≥ 8 MiB) and count (≤ 10,000) for files up to `maxBytes`. */
export function planParts(maxBytes: number): PartPlan {
	if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
		throw new InputError('The largest file size must be a positive number.', 'largestGb');
	}
	if (maxBytes > MAX_OBJECT_SIZE) {
		throw new InputError('S3 stores objects of at most 5 TiB (about 5,497 GB).', 'largestGb');
	}
	const partSize = Math.max(MIN_PART_SIZE, Math.ceil(maxBytes / MAX_PARTS / MiB) * MiB);
	return { partSize, partCount: Math.ceil(maxBytes / partSize) };
}

/** Byte range [start, end) of part `n` (1-based) of a file of `size` bytes. */
export function partRange(n: number, partSize: number, size: number): [number, number] {
	const start = (n - 1) * partSize;
	return [start, Math.min(start + partSize, size)];
}

/** How many parts a file of `size` bytes takes (at least one). */
export function partsFor(size: number, partSize: number): number {
	return Math.max(1, Math.ceil(size / partSize));
}

export interface MultipartTarget {
	endpoint: Endpoint;
	addressing: Addressing;
	bucket: string;
	key: string;
}

function childText(el: Element, name: string): string | undefined {
	return Array.from(el.children).find((c) => c.localName === name)?.textContent ?? undefined;
}

/** Starts a multipart upload (POST ?uploads) and returns its UploadId. */
export async function createMultipartUpload(
	transport: Transport,
	target: MultipartTarget,
	signal: AbortSignal,
	contentType?: string
): Promise<string> {
	const { res, text } = await transport.send(
		{
			method: 'POST',
			loc: objectLocation(target),
			query: [['uploads', '']],
			headers: contentType ? { 'content-type': contentType } : {}
		},
		signal
	);
	return transport.parseOk(res, text, (xml) => {
		const root = parseXml(xml);
		const id = root.localName === 'InitiateMultipartUploadResult' && childText(root, 'UploadId');
		if (!id) throw new XmlFormatError('The server did not return an UploadId.');
		return id;
	});
}

/** Aborts a multipart upload; false when the server no longer knows it (NoSuchUpload). */
export async function abortMultipartUpload(
	transport: Transport,
	target: MultipartTarget,
	uploadId: string,
	signal: AbortSignal
): Promise<boolean> {
	try {
		await transport.send(
			{ method: 'DELETE', loc: objectLocation(target), query: [['uploadId', uploadId]] },
			signal
		);
		return true;
	} catch (e) {
		if (e instanceof S3Error && e.code === 'NoSuchUpload') return false;
		throw e;
	}
}

export interface ListedPart {
	partNumber: number;
	etag: string;
	size: number;
}

export interface ListPartsPage {
	parts: ListedPart[];
	isTruncated: boolean;
}

/** ListPartsResult → the parts on the server; throws XmlFormatError for anything else. */
export function parseListParts(xml: string): ListPartsPage {
	const root = parseXml(xml);
	if (root.localName !== 'ListPartsResult') {
		throw new XmlFormatError(
			`Expected <ListPartsResult> from the server, got <${root.localName}>.`
		);
	}
	const parts = Array.from(root.children)
		.filter((c) => c.localName === 'Part')
		.map((p) => ({
			partNumber: Number(childText(p, 'PartNumber')),
			etag: childText(p, 'ETag') ?? '',
			size: Number(childText(p, 'Size'))
		}));
	if (parts.some((p) => !Number.isInteger(p.partNumber) || !p.etag || !Number.isFinite(p.size))) {
		throw new XmlFormatError('The server listed a part without number, ETag or size.');
	}
	return { parts, isTruncated: childText(root, 'IsTruncated') === 'true' };
}

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The CompleteMultipartUpload body for `etags` (part number → ETag), in part order. */
export function completeBody(etags: ReadonlyMap<number, string>): string {
	const parts = [...etags.entries()]
		.sort(([a], [b]) => a - b)
		.map(
			([n, etag]) => `<Part><PartNumber>${n}</PartNumber><ETag>${escapeXml(etag)}</ETag></Part>`
		);
	return `<CompleteMultipartUpload>${parts.join('')}</CompleteMultipartUpload>`;
}

/**
 * The error inside a 200 answer to CompleteMultipartUpload (S3 may fail it after it started
 * answering), or undefined when the body is a CompleteMultipartUploadResult.
 */
export function completeFailure(xml: string): { code: string; message: string } | undefined {
	let root: Element;
	try {
		root = parseXml(xml);
	} catch {
		return {
			code: 'InvalidResponse',
			message: 'The server answered with something that is not XML.'
		};
	}
	if (root.localName === 'CompleteMultipartUploadResult') return undefined;
	return {
		code: childText(root, 'Code') ?? 'InvalidResponse',
		message: childText(root, 'Message') ?? `Unexpected answer <${root.localName}>.`
	};
}
