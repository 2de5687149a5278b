// The drop-folder hand-off: a signed POST policy travels in the fragment of this app's own URL
// (`…/index.html#/drop?d=…`), which browsers never send to a server. Base64url-encoded JSON, since
// the hash router percent-decodes the fragment once on start-up.
//
// The page reads the limits it shows (bucket, folder, size, content type, expiry) from the policy
// itself: that is what the server enforces, so the page cannot be told one thing while the server
// checks another. Anyone can craft a fragment, so the page only posts to an http(s) server other
// than its own, and shows that server before the file picker.
import { formatDateTime } from '$lib/format/dates';
import { fromBase64, textFromBase64Url, textToBase64Url } from '$lib/format/codec';
import { InputError } from '$lib/s3';

/** What the fragment carries. */
export interface DropLink {
	/** The form's action: the bucket's address. */
	url: string;
	/** The signed form fields (policy, signature, credential; `key` is replaced per file). */
	fields: Record<string, string>;
	/** A presigned ListObjectsV2 of the folder, to see which names are taken (SigV4 drops only). */
	list?: string;
}

/** Where files go and what the server accepts, as the policy says. */
export interface DropDestination {
	host: string;
	bucket: string;
	folder: string;
	maxBytes: number;
	/** '' accepts any type. */
	contentTypePrefix: string;
	expiresAt: Date;
	signer: 'v4' | 'v2';
}

/** This app's drop page for `drop`, given the app's current address (`location.href`). */
export function dropPageUrl(appHref: string, drop: DropLink): string {
	const app = new URL(appHref);
	app.hash = '';
	app.search = '';
	return `${app.href}#/drop?d=${textToBase64Url(JSON.stringify(drop))}`;
}

const damaged = () =>
	new InputError(
		'This drop link is damaged: part of it is missing or was changed on the way. Open the link again, or ask for a new one.',
		'drop'
	);

const isStringRecord = (value: unknown): value is Record<string, string> =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.values(value).every((v) => typeof v === 'string');

/** Reads the drop out of `#/drop?d=…`: null when there is none, an InputError when damaged. */
export function readDropLink(hash: string): DropLink | null {
	const query = hash.split('?')[1];
	const raw = query ? new URLSearchParams(query).get('d') : null;
	if (!raw) return null;
	let value: unknown;
	try {
		value = JSON.parse(textFromBase64Url(raw));
	} catch {
		throw damaged();
	}
	const { url, fields, list } = (value ?? {}) as Record<string, unknown>;
	if (typeof url !== 'string' || !isStringRecord(fields)) throw damaged();
	if (list !== undefined && typeof list !== 'string') throw damaged();
	return { url, fields, ...(list !== undefined && { list }) };
}

type Condition = Record<string, unknown> | unknown[];

/** Limits from the policy document in `fields.policy`; throws `damaged` when it has none. */
function readPolicy(fields: Record<string, string>) {
	let policy: { expiration?: unknown; conditions?: unknown };
	try {
		policy = JSON.parse(
			new TextDecoder('utf-8', { fatal: true }).decode(fromBase64(fields.policy))
		);
	} catch {
		throw damaged();
	}
	const conditions = Array.isArray(policy?.conditions) ? (policy.conditions as Condition[]) : [];
	const exact = (name: string) =>
		conditions.find((c): c is Record<string, unknown> => !Array.isArray(c) && name in c)?.[name];
	const starts = (field: string) =>
		conditions.find(
			(c): c is unknown[] => Array.isArray(c) && c[0] === 'starts-with' && c[1] === field
		)?.[2];
	const range = conditions.find((c) => Array.isArray(c) && c[0] === 'content-length-range');
	const bucket = exact('bucket');
	const folder = starts('$key');
	const contentType = starts('$Content-Type');
	const maxBytes = Array.isArray(range) ? range[2] : undefined;
	const expiresAt = typeof policy?.expiration === 'string' ? new Date(policy.expiration) : null;
	if (
		typeof bucket !== 'string' ||
		typeof folder !== 'string' ||
		typeof contentType !== 'string' ||
		typeof maxBytes !== 'number' ||
		!expiresAt ||
		Number.isNaN(expiresAt.getTime())
	)
		throw damaged();
	return { bucket, folder, contentTypePrefix: contentType, maxBytes, expiresAt };
}

const refuse = (template: string, params?: Record<string, string>) =>
	new InputError(template, 'drop', params);

/** Checks that the page may post files for `drop`; returns what it will show, or throws. */
export function vetDrop(drop: DropLink, appOrigin: string, now: Date): DropDestination {
	let url: URL;
	try {
		url = new URL(drop.url);
	} catch {
		throw damaged();
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw refuse(
			'This drop link sends files to a “{protocol}” address, not a web address (https:// or http://), so this page will not send anything.',
			{ protocol: url.protocol }
		);
	}
	if (url.username || url.password || url.search || url.hash) throw damaged();
	if (url.origin === appOrigin) {
		throw refuse(
			'This drop link points at {host}, the server this page itself comes from, not at a storage server of its own, so this page will not send files to it.',
			{ host: url.host }
		);
	}
	const { fields } = drop;
	const v4 = ['x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-signature'];
	const signer = v4.every((f) => fields[f])
		? 'v4'
		: fields.AWSAccessKeyId && fields.signature
			? 'v2'
			: null;
	if (!signer || !fields.policy) throw damaged();
	if (drop.list !== undefined) {
		try {
			if (new URL(drop.list).origin !== url.origin) throw damaged();
		} catch {
			throw damaged();
		}
	}
	const limits = readPolicy(fields);
	if (limits.expiresAt.getTime() <= now.getTime()) {
		throw refuse('This drop link expired on {date}. Ask the person who sent it for a new one.', {
			date: formatDateTime(limits.expiresAt)
		});
	}
	return { host: url.host, signer, ...limits };
}

/** What the drop page shows for its fragment: nothing to do, a refusal, or a destination. */
export type DropView =
	| { kind: 'none' }
	| { kind: 'refused'; reason: string; error: InputError }
	| { kind: 'ready'; drop: DropLink; destination: DropDestination };

/** Reads and vets the drop in the page's fragment (`#/drop?d=…`). */
export function openDrop(hash: string, appOrigin: string, now: Date): DropView {
	try {
		const drop = readDropLink(hash);
		if (!drop) return { kind: 'none' };
		return { kind: 'ready', drop, destination: vetDrop(drop, appOrigin, now) };
	} catch (e) {
		if (e instanceof InputError) return { kind: 'refused', reason: e.message, error: e };
		throw e;
	}
}
