// Browser-based uploads with a POST policy (AWS docs "Authenticating Requests in Browser-Based
// Uploads Using POST", SigV4; and the older HMAC-SHA1 form for servers that want SigV2). The
// policy is a JSON document the server checks every form field against; its base64 is the string
// to sign. Built the way botocore's generate_presigned_post builds it (same conditions, order and
// JSON text), so the vectors in fixtures/post-vectors.json pin it byte for byte.
import { toBase64, toHex } from '../format/codec';
import { bucketLocation, type Addressing, type Endpoint } from './endpoint';
import { InputError } from './errors';
import { hashing } from './hash';
import { signingSecond, validateSigningJob, type Signer } from './presign';
import { signingKey } from './signing-key';
import { hmacSha1Base64 } from './sigv2';
import type { Credentials } from './sigv4';

/** The placeholder S3 replaces with the uploaded file's name. */
export const FILENAME_PLACEHOLDER = '${filename}';

export interface PostPolicyRequest {
	signer: Signer;
	endpoint: Endpoint;
	region: string;
	addressing: Addressing;
	bucket: string;
	/** Key prefix every upload must start with, e.g. `incoming/`. */
	prefix: string;
	/** Largest accepted file, in bytes. */
	maxBytes: number;
	/** When set, the Content-Type field must start with it (e.g. `image/`); any type otherwise. */
	contentTypePrefix?: string;
	credentials: Credentials;
	expiresIn: number;
	now: Date;
	/** The origin of the page holding the keys: a form posting to it is refused. */
	pageOrigin?: string;
}

/** A condition of the policy: `{"field": "value"}` or `[operator, …operands]`. */
export type PolicyCondition = Record<string, string> | (string | number)[];

export interface PolicyDocument {
	expiration: string;
	conditions: PolicyCondition[];
}

export interface PresignedPost {
	/** The form's action: the bucket's address. */
	url: string;
	/** Form fields to send before the file, `key` holding `${filename}` after the prefix. */
	fields: Record<string, string>;
	policy: PolicyDocument;
	signedAt: Date;
	expiresAt: Date;
}

/** JSON text as Python's json.dumps writes it: `, ` and `: ` separators, non-ASCII as \uXXXX. */
export function pythonJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`);
		return `{${entries.join(', ')}}`;
	}
	return JSON.stringify(value).replace(
		/[\u007f-\uffff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** `2026-01-31T23:59:59Z`: botocore's ISO 8601 form, whole seconds. */
function isoSeconds(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validatePost(r: PostPolicyRequest): void {
	// A policy carries its own expiration: the 7-day cap of presigned URLs does not apply to it.
	validateSigningJob({ ...r, signer: 'v2' });
	if (r.signer === 'v4' && !r.region.trim())
		throw new InputError('Enter the region (e.g. us-east-1).', 'region');
	if (r.prefix === '') {
		throw new InputError(
			'Choose a folder for the drop, e.g. incoming/: anyone with the link can write any name in it.',
			'prefix'
		);
	}
	if (!r.prefix.isWellFormed() || new TextEncoder().encode(r.prefix).length > 900) {
		throw new InputError('The folder name is not valid Unicode or is too long for S3.', 'prefix');
	}
	if (!Number.isSafeInteger(r.maxBytes) || r.maxBytes < 1)
		throw new InputError('The largest file size must be a positive number.', 'maxBytes');
	if (r.contentTypePrefix && !/^[\x21-\x7e]{1,200}$/.test(r.contentTypePrefix)) {
		throw new InputError(
			'The content type must be plain ASCII without spaces, e.g. image/ or application/pdf.',
			'contentType'
		);
	}
}

/** Signs a POST policy for uploads under `prefix` of `bucket`, checked before anything is signed. */
export async function presignPost(r: PostPolicyRequest): Promise<PresignedPost> {
	validatePost(r);
	const signedAt = signingSecond(r.now);
	const expiresAt = new Date(signedAt.getTime() + r.expiresIn * 1000);
	const conditions: PolicyCondition[] = [
		['content-length-range', 0, r.maxBytes],
		// Always present, so the uploader may send each file's own type; a prefix narrows it.
		['starts-with', '$Content-Type', r.contentTypePrefix ?? ''],
		{ bucket: r.bucket },
		['starts-with', '$key', r.prefix]
	];
	const fields: Record<string, string> = { key: r.prefix + FILENAME_PLACEHOLDER };
	const token = r.credentials.sessionToken;
	let sign: (policyB64: string) => Promise<string>;
	if (r.signer === 'v4') {
		const dateTime = isoSeconds(signedAt).replace(/[-:]/g, '');
		const date = dateTime.slice(0, 8);
		const credential = `${r.credentials.accessKeyId}/${date}/${r.region}/s3/aws4_request`;
		fields['x-amz-algorithm'] = 'AWS4-HMAC-SHA256';
		fields['x-amz-credential'] = credential;
		fields['x-amz-date'] = dateTime;
		conditions.push(
			{ 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
			{ 'x-amz-credential': credential },
			{ 'x-amz-date': dateTime }
		);
		const key = signingKey(r.credentials.secretAccessKey, date, r.region);
		sign = async (policyB64) => {
			const mac = await (await hashing()).hmac('SHA-256', key);
			return toHex(await mac(new TextEncoder().encode(policyB64)));
		};
	} else {
		fields.AWSAccessKeyId = r.credentials.accessKeyId;
		sign = (policyB64) => hmacSha1Base64(r.credentials.secretAccessKey, policyB64);
	}
	if (token) {
		fields['x-amz-security-token'] = token;
		conditions.push({ 'x-amz-security-token': token });
	}
	const policy: PolicyDocument = { expiration: isoSeconds(expiresAt), conditions };
	fields.policy = toBase64(new TextEncoder().encode(pythonJson(policy)));
	fields[r.signer === 'v4' ? 'x-amz-signature' : 'signature'] = await sign(fields.policy);
	const loc = bucketLocation(r);
	return {
		url: `${loc.protocol}//${loc.urlHost}${loc.path}`,
		fields,
		policy,
		signedAt,
		expiresAt
	};
}
