// Minimal S3 client for the Node seed scripts: SigV4 (@smithy/signature-v4 + sha256-js),
// path-style URLs, global fetch. No SDK, no new dependencies.
// Signing spec: https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
import { createHash } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

/** An S3 error response, with the XML <Code> when the server sent one. */
export class S3Error extends Error {
	constructor(status, code, method, path, body) {
		super(`${method} ${path} -> HTTP ${status}${code ? ` ${code}` : ''}`);
		this.name = 'S3Error';
		this.status = status;
		this.code = code;
		this.body = body;
	}
}

/** Endpoint, keys and region from the environment (the names env.sh uses). */
export function configFromEnv(env = process.env) {
	return {
		endpoint: (env.S3_ENDPOINT || 'http://127.0.0.1:7480').replace(/\/+$/, ''),
		accessKeyId: env.AWS_ACCESS_KEY_ID || env.S3_ACCESS_KEY || 'TESTACCESSKEY1234567',
		secretAccessKey:
			env.AWS_SECRET_ACCESS_KEY || env.S3_SECRET_KEY || 'testsecretkey1234567890abcdefghijklmnopq',
		region: env.AWS_DEFAULT_REGION || env.AWS_REGION || 'us-east-1'
	};
}

/** RFC 3986 percent-encoding of an object key, keeping "/" as the path separator. */
export function encodeKey(key) {
	return encodeURIComponent(key)
		.replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
		.replace(/%2F/g, '/');
}

/** Base64 MD5 of a body, for the Content-MD5 header. */
export function contentMd5(body) {
	return createHash('md5').update(body).digest('base64');
}

/** A client bound to one endpoint: { signedFetch, config }. */
export function createClient(config = configFromEnv()) {
	const url = new URL(config.endpoint);
	const signer = new SignatureV4({
		credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
		region: config.region,
		service: 's3',
		sha256: Sha256,
		uriEscapePath: false // paths are already encoded once by encodeKey, as S3 expects
	});

	/**
	 * Signs and sends one request. `path` is already encoded; `query` values are raw.
	 * @param {string} method
	 * @param {string} path
	 * @param {{ query?: Record<string, string>, headers?: Record<string, string>, body?: string | Uint8Array }} [options]
	 */
	async function signedFetch(method, path, { query = {}, headers = {}, body } = {}) {
		const signed = await signer.sign({
			method,
			protocol: url.protocol,
			hostname: url.hostname,
			port: url.port ? Number(url.port) : undefined,
			path,
			query,
			headers: { host: url.host, ...headers },
			body
		});
		const qs = Object.entries(query)
			.map(([k, v]) => `${encodeURIComponent(k)}=${encodeKey(String(v)).replace(/\//g, '%2F')}`)
			.join('&');
		const sendHeaders = { ...signed.headers };
		delete sendHeaders.host; // fetch sets Host itself, from the URL (same value)
		return fetch(`${url.origin}${path}${qs ? '?' + qs : ''}`, {
			method,
			headers: sendHeaders,
			body
		});
	}

	return { config, signedFetch };
}

/** Throws an S3Error unless the response is 2xx; returns the body text. */
export async function expectOk(res, method, path) {
	const text = await res.text();
	if (!res.ok) {
		throw new S3Error(res.status, /<Code>([^<]*)<\/Code>/.exec(text)?.[1], method, path, text);
	}
	return text;
}

/** Creates a bucket; one we already own is fine (RGW even answers 200). 'created' | 'exists'. */
export async function createBucket({ signedFetch }, bucket) {
	const path = `/${bucket}`;
	const res = await signedFetch('PUT', path);
	try {
		await expectOk(res, 'PUT', path);
		return 'created';
	} catch (err) {
		if (err.code === 'BucketAlreadyOwnedByYou' || err.code === 'BucketAlreadyExists') {
			return 'exists';
		}
		throw err;
	}
}

/** PutObject (overwrites). `body` is a string or Uint8Array. */
export async function putObject({ signedFetch }, bucket, key, body, contentType = 'text/plain') {
	const path = `/${bucket}/${encodeKey(key)}`;
	const res = await signedFetch('PUT', path, { headers: { 'content-type': contentType }, body });
	await expectOk(res, 'PUT', path);
}

/** PutBucketCors; RGW wants Content-MD5 on this call. */
export async function putBucketCors({ signedFetch }, bucket, xml) {
	const path = `/${bucket}`;
	const res = await signedFetch('PUT', path, {
		query: { cors: '' },
		headers: { 'content-type': 'application/xml', 'content-md5': contentMd5(xml) },
		body: xml
	});
	await expectOk(res, 'PUT ?cors', path);
}

/**
 * CORSConfiguration XML for one rule.
 * @param {{ origins: string[], methods: string[], allowedHeaders?: string[], exposeHeaders?: string[], maxAge?: number }} rule
 */
export function corsXml({ origins, methods, allowedHeaders = ['*'], exposeHeaders = [], maxAge }) {
	const tags = (name, values) => values.map((v) => `<${name}>${escapeXml(v)}</${name}>`).join('');
	return (
		'<CORSConfiguration><CORSRule>' +
		tags('AllowedOrigin', origins) +
		tags('AllowedMethod', methods) +
		tags('AllowedHeader', allowedHeaders) +
		tags('ExposeHeader', exposeHeaders) +
		(maxAge ? `<MaxAgeSeconds>${maxAge}</MaxAgeSeconds>` : '') +
		'</CORSRule></CORSConfiguration>'
	);
}

function escapeXml(s) {
	return String(s).replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]
	);
}

function unescapeXml(s) {
	return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e) => {
		if (e[0] === '#') {
			return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1)));
		}
		return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e];
	});
}

/** ListObjectsV2 over all pages; calls onPage(keys) per page and returns every key. */
export async function listKeys({ signedFetch }, bucket, prefix = '', { onPage } = {}) {
	const keys = [];
	let token;
	do {
		const query = { 'list-type': '2', 'max-keys': '1000', prefix };
		if (token) query['continuation-token'] = token;
		const path = `/${bucket}`;
		const xml = await expectOk(await signedFetch('GET', path, { query }), 'GET', path);
		const page = [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => unescapeXml(m[1]));
		keys.push(...page);
		onPage?.(page, keys.length);
		const truncated = /<IsTruncated>true<\/IsTruncated>/.test(xml);
		const next = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1];
		token = truncated && next ? unescapeXml(next) : undefined;
	} while (token);
	return keys;
}

/** Runs worker(item) over items with at most `limit` in flight; rejects on the first error. */
export async function mapLimit(items, limit, worker) {
	let next = 0;
	async function lane() {
		while (next < items.length) {
			const i = next++;
			await worker(items[i], i);
		}
	}
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
