// Reads the details out of any SigV4 or SigV2 presigned S3 URL (e.g. from `aws s3 presign`).
import { InputError } from './errors';

export interface InspectedUrl {
	signer: 'v4' | 'v2';
	/** scheme://host[:port] of the link. */
	origin: string;
	/** Best effort: see `bucketSource`. */
	bucket?: string;
	/**
	 * 'virtual-host': read from an AWS virtual-hosted name; 'path': first segment of an AWS
	 * path-style URL; 'path-assumed': first segment of a custom endpoint, which could also be
	 * virtual-hosted (then the bucket is in the host name and this guess is wrong).
	 */
	bucketSource: 'virtual-host' | 'path' | 'path-assumed';
	/** Decoded object key. */
	key: string;
	accessKeyId: string;
	/** SigV4 only. */
	region?: string;
	/** SigV4 only (SigV2 URLs carry just the end time). */
	signedAt?: Date;
	expiresAt: Date;
	/** Signed lifetime in seconds (SigV4 only). */
	expiresIn?: number;
	/** Seconds left at `now`, 0 when expired. */
	remainingSeconds: number;
	expired: boolean;
	sessionToken: boolean;
	/** SigV4 SignedHeaders other than host: the client must send these. */
	signedHeaders: string[];
	/** response-* overrides and versionId, decoded. */
	overrides: Record<string, string>;
}

// bucket.s3.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com, bucket.s3-eu-west-1.amazonaws.com, …
const AWS_VIRTUAL = /^(.+)\.s3[.-](?:[a-z0-9-]+\.)*amazonaws\.com(?:\.cn)?$/;
const AWS_PATH = /^s3[.-](?:[a-z0-9-]+\.)*amazonaws\.com(?:\.cn)?$|^s3\.amazonaws\.com$/;

function decode(text: string, what: 'key' | 'bucket'): string {
	try {
		return decodeURIComponent(text);
	} catch {
		throw new InputError(
			what === 'key'
				? 'The key in this URL has broken percent-encoding.'
				: 'The bucket in this URL has broken percent-encoding.'
		);
	}
}

/** `20130524T000000Z` → Date, or undefined. */
function parseAmzDate(text: string): Date | undefined {
	const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s] = m.map(Number);
	return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

function splitBucketAndKey(
	url: URL,
	text: string
): Pick<InspectedUrl, 'bucket' | 'bucketSource' | 'key'> {
	// The raw path, because URL.pathname drops dot segments that are part of a key ("a/./b").
	const path = /^[a-z]+:\/\/[^/?#]*([^?#]*)/i.exec(text)?.[1] || '/';
	const host = url.hostname.toLowerCase();
	const virtual = AWS_VIRTUAL.exec(host);
	if (virtual && !AWS_PATH.test(host)) {
		return { bucket: virtual[1], bucketSource: 'virtual-host', key: decode(path.slice(1), 'key') };
	}
	const slash = path.indexOf('/', 1);
	const bucket = slash < 0 ? path.slice(1) : path.slice(1, slash);
	const key = slash < 0 ? '' : path.slice(slash + 1);
	return {
		bucket: bucket ? decode(bucket, 'bucket') : undefined,
		bucketSource: AWS_PATH.test(host) ? 'path' : 'path-assumed',
		key: decode(key, 'key')
	};
}

/** Parses a presigned URL; throws InputError for text that is not one. */
export function inspectPresignedUrl(text: string, now: Date): InspectedUrl {
	const trimmed = text.trim();
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		throw new InputError('Paste a complete link starting with https:// or http://.');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new InputError('Paste a complete link starting with https:// or http://.');
	}
	const q = url.searchParams;
	const overrides: Record<string, string> = {};
	for (const [k, v] of q) if (k.startsWith('response-') || k === 'versionId') overrides[k] = v;
	const location = splitBucketAndKey(url, trimmed);
	const base = { origin: url.origin, ...location, overrides };
	const at = (expiresAt: Date) => {
		const remaining = Math.floor((expiresAt.getTime() - now.getTime()) / 1000);
		return { expiresAt, remainingSeconds: Math.max(0, remaining), expired: remaining <= 0 };
	};

	if (q.has('X-Amz-Algorithm') || q.has('X-Amz-Signature')) {
		if (q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') {
			// The name is a value, not part of the sentence: translations then never carry it, and
			// first-screen.e2e.ts can keep finding the signing code's chunks by it.
			throw new InputError(
				'Unsupported X-Amz-Algorithm "{algorithm}"; only {known} is known.',
				undefined,
				{ algorithm: q.get('X-Amz-Algorithm') ?? '', known: 'AWS4-HMAC-SHA256' }
			);
		}
		// Credential = <AccessKeyId>/<yyyymmdd>/<region>/<service>/aws4_request (credentialScope)
		const credential = (q.get('X-Amz-Credential') ?? '').split('/');
		const signedAt = parseAmzDate(q.get('X-Amz-Date') ?? '');
		const expiresText = q.get('X-Amz-Expires') ?? '';
		if (credential.length !== 5 || credential[4] !== 'aws4_request' || !credential[0]) {
			throw new InputError('The X-Amz-Credential of this link is missing or malformed.');
		}
		if (!signedAt) throw new InputError('The X-Amz-Date of this link is missing or malformed.');
		if (!/^\d+$/.test(expiresText))
			throw new InputError('The X-Amz-Expires of this link is missing or malformed.');
		if (!q.get('X-Amz-Signature')) throw new InputError('This link has no X-Amz-Signature.');
		const expiresIn = Number(expiresText);
		return {
			signer: 'v4',
			...base,
			accessKeyId: credential[0],
			region: credential[2],
			signedAt,
			expiresIn,
			...at(new Date(signedAt.getTime() + expiresIn * 1000)),
			sessionToken: q.has('X-Amz-Security-Token'),
			signedHeaders: (q.get('X-Amz-SignedHeaders') ?? 'host')
				.split(';')
				.filter((h) => h && h !== 'host')
		};
	}
	if (q.has('AWSAccessKeyId') || q.has('Signature')) {
		const expiresText = q.get('Expires') ?? '';
		if (!q.get('AWSAccessKeyId') || !q.get('Signature') || !/^\d+$/.test(expiresText)) {
			throw new InputError('This SigV2 link lacks AWSAccessKeyId, Signature or a numeric Expires.');
		}
		return {
			signer: 'v2',
			...base,
			accessKeyId: q.get('AWSAccessKeyId') as string,
			...at(new Date(Number(expiresText) * 1000)),
			sessionToken: q.has('x-amz-security-token'),
			signedHeaders: q.has('content-type') ? ['content-type'] : []
		};
	}
	throw new InputError(
		'This link has no S3 signature (X-Amz-Signature or Signature): it is not a presigned S3 URL.'
	);
}
