// The upload ticket's manifest: a small JSON object stored next to the upload that holds every
// presigned URL a recipient needs to send one large file as a multipart upload. The ticket page
// reads it from a URL anyone can craft, so `readManifest` trusts nothing in it: every URL must sit
// on the server that holds the manifest, on the one object path, for the one upload.
import { encodeKey, InputError } from '$lib/s3';
import { LIST_PAGE, MAX_PART_SIZE, MAX_PARTS } from '$lib/s3/multipart';

export const TICKET_FORMAT = 's3-presign-upload-ticket';
/** Manifests live in this folder beside the upload's own key. */
export const TICKET_FOLDER = '.presign-tickets/';

const MIN_PART_SIZE = 5 * 1024 * 1024;
const SIGNATURE = /^[0-9a-f]{64}$/;

/** The manifest as stored (JSON). Times are ISO-8601. */
export interface TicketManifest {
	format: typeof TICKET_FORMAT;
	version: 1;
	bucket: string;
	key: string;
	uploadId: string;
	/** The largest file the ticket takes, in bytes. */
	maxBytes: number;
	partSize: number;
	partCount: number;
	expiresAt: string;
	/** UploadPart: the full URL of part 1, and the signature of every part in order. */
	parts: { first: string; signatures: string[] };
	/** One ListParts URL per page of 1,000 parts (a page marker is part of the signed query). */
	listParts: string[];
	complete: string;
	abort: string;
	/** DeleteObject on the manifest itself. */
	deleteTicket: string;
}

/** A manifest that passed `readManifest`, with its expiry as a Date. */
export interface Ticket extends Omit<TicketManifest, 'expiresAt'> {
	expiresAt: Date;
}

/** The key of the manifest for an upload to `key`: in `.presign-tickets/` of the same folder. */
export function manifestKey(key: string, id: string): string {
	const folder = key.slice(0, key.lastIndexOf('/') + 1);
	return `${folder}${TICKET_FOLDER}${id}.json`;
}

/** The UploadPart URL of part `n` (1-based). */
export function partUrl(ticket: Pick<Ticket, 'parts'>, n: number): string {
	const sig = ticket.parts.signatures[n - 1];
	return ticket.parts.first
		.replace('?partNumber=1&', `?partNumber=${n}&`)
		.replace(/X-Amz-Signature=[0-9a-f]{64}$/, `X-Amz-Signature=${sig}`);
}

/** The signature at the end of a URL made by the batch presigner. */
export function signatureOf(url: string): string {
	return /X-Amz-Signature=([0-9a-f]{64})$/.exec(url)?.[1] ?? '';
}

function damaged(detail: string): InputError {
	return new InputError(
		'This upload ticket is damaged or was changed: {detail} Nothing was uploaded. Ask the sender for a new ticket.',
		'ticket',
		{ detail }
	);
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(m: Record<string, unknown>, name: string, max = 1024): string {
	const v = m[name];
	const control = (c: string) => c.charCodeAt(0) < 0x20 || c === '\x7f';
	if (typeof v !== 'string' || v === '' || v.length > max || [...v].some(control)) {
		throw damaged(`its “${name}” is missing or not valid.`);
	}
	return v;
}

function integer(m: Record<string, unknown>, name: string, min: number, max: number): number {
	const v = m[name];
	if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
		throw damaged(`its “${name}” is missing or out of range.`);
	}
	return v;
}

/**
 * Checks that `text` is a SigV4 presigned URL on `origin`, at `path`, and returns its query.
 * `what` names the URL in the message.
 */
function presignedAt(value: unknown, origin: string, path: string, what: string): URLSearchParams {
	let url: URL;
	try {
		url = new URL(String(value));
	} catch {
		throw damaged(`its ${what} link is not a web address.`);
	}
	if (url.origin !== origin) {
		throw damaged(
			`its ${what} link points at ${url.host}, not at ${new URL(origin).host}, the server that holds the ticket.`
		);
	}
	if (url.pathname !== path || url.username || url.password || url.hash) {
		throw damaged(`its ${what} link is for another object than the ticket names.`);
	}
	const q = url.searchParams;
	if (
		q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' ||
		!SIGNATURE.test(q.get('X-Amz-Signature') ?? '')
	) {
		throw damaged(`its ${what} link is not a presigned SigV4 link.`);
	}
	return q;
}

/**
 * Validates a manifest fetched from `manifestUrl` (a presigned GET on the storage server) and
 * returns it as a Ticket; throws InputError with a sentence for a person when anything is off.
 */
export function readManifest(json: unknown, manifestUrl: string): Ticket {
	if (!isObject(json) || json.format !== TICKET_FORMAT) {
		throw damaged('it is not an upload ticket of S3 Presign.');
	}
	if (json.version !== 1) throw damaged('it has a format version this page does not know.');
	const bucket = text(json, 'bucket', 63);
	const key = text(json, 'key');
	const uploadId = text(json, 'uploadId');
	const partSize = integer(json, 'partSize', MIN_PART_SIZE, MAX_PART_SIZE);
	const partCount = integer(json, 'partCount', 1, MAX_PARTS);
	const maxBytes = integer(json, 'maxBytes', 1, partSize * partCount);
	const expiresAt = new Date(text(json, 'expiresAt', 40));
	if (Number.isNaN(expiresAt.getTime())) throw damaged('its expiry is not a date.');

	const manifest = new URL(manifestUrl);
	const origin = manifest.origin;
	const encoded = `/${encodeKey(key)}`;
	const path =
		manifest.hostname.startsWith(`${bucket.toLowerCase()}.`) &&
		!manifest.pathname.startsWith(`/${bucket}/`)
			? encoded
			: `/${bucket}${encoded}`;
	const forUpload = (value: unknown, what: string) => {
		const q = presignedAt(value, origin, path, what);
		if (q.get('uploadId') !== uploadId) throw damaged(`its ${what} link is for another upload.`);
		return q;
	};

	const parts = json.parts;
	if (!isObject(parts) || !Array.isArray(parts.signatures)) throw damaged('it lists no parts.');
	const signatures = parts.signatures;
	if (signatures.length !== partCount || !signatures.every((s) => SIGNATURE.test(String(s)))) {
		throw damaged('its part signatures do not match its part count.');
	}
	const first = String(parts.first);
	const q = forUpload(first, 'part');
	if (!first.includes('?partNumber=1&') || q.get('X-Amz-Signature') !== signatures[0]) {
		throw damaged('its part link is not the link of part 1.');
	}
	const listParts = json.listParts;
	if (!Array.isArray(listParts) || listParts.length !== Math.ceil(partCount / LIST_PAGE)) {
		throw damaged('its part listing links do not match its part count.');
	}
	listParts.forEach((url, i) => {
		const marker = forUpload(url, 'part listing').get('part-number-marker');
		if (Number(marker) !== i * LIST_PAGE) throw damaged('its part listing links are out of order.');
	});
	forUpload(json.complete, 'complete');
	forUpload(json.abort, 'abort');
	presignedAt(json.deleteTicket, origin, manifest.pathname, 'clean-up');

	return {
		format: TICKET_FORMAT,
		version: 1,
		bucket,
		key,
		uploadId,
		maxBytes,
		partSize,
		partCount,
		expiresAt,
		parts: { first, signatures: signatures as string[] },
		listParts: listParts as string[],
		complete: json.complete as string,
		abort: json.abort as string,
		deleteTicket: json.deleteTicket as string
	};
}
