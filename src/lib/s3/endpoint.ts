// Endpoint parsing, path/virtual-hosted addressing and key encoding, following botocore.
import { InputError, SharedOriginError } from './errors';

export type Addressing = 'path' | 'virtual';

export interface Endpoint {
	protocol: 'http:' | 'https:';
	/** Lower-case host name; IPv6 literals keep their brackets. */
	hostname: string;
	/** Non-default port, '' for the scheme's default. */
	port: string;
	/** hostname[:port] as browsers send it in the Host header (default port dropped): what is signed. */
	host: string;
	/** Host as written in generated URLs: `host`, plus an explicit default port only if kept on purpose. */
	urlHost: string;
	/** `${protocol}//${urlHost}` */
	origin: string;
	isAws: boolean;
	isIp: boolean;
}

export interface ParseEndpointOptions {
	/**
	 * Keep a typed `:443`/`:80` in generated URLs, as botocore does. The app leaves this off: the
	 * browser drops a default port from the Host header anyway, so the signature is the same and
	 * the shorter URL is what `new URL()` would print. The vectors turn it on to match botocore.
	 */
	keepDefaultPort?: boolean;
}

const DEFAULT_PORTS = { 'http:': '80', 'https:': '443' } as const;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const AWS_HOST = /(^|\.)amazonaws\.com(\.cn)?$/;

/** Parses a user-typed endpoint such as `https://s3.example.com:8443/`; throws InputError. */
export function parseEndpoint(input: string, options: ParseEndpointOptions = {}): Endpoint {
	const text = input.trim();
	if (text === '')
		throw new InputError('Enter the endpoint URL, e.g. https://s3.example.com', 'endpoint');
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
	if (!scheme || !/^https?$/i.test(scheme[1])) {
		throw new InputError('Endpoint URL must start with http:// or https://', 'endpoint');
	}
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new InputError('"{text}" is not a valid URL.', 'endpoint', { text });
	}
	if (url.username || url.password) {
		throw new InputError(
			'Do not put credentials in the endpoint URL; enter the access key and secret in their own fields.',
			'endpoint'
		);
	}
	if (url.pathname !== '/' && url.pathname !== '') {
		throw new InputError(
			'The endpoint URL must not have a path ("{path}"). Enter only scheme, host and port; the bucket goes in its own field.',
			'endpoint',
			{ path: url.pathname }
		);
	}
	if (url.search || url.hash || /[?#]/.test(text)) {
		throw new InputError(
			'The endpoint URL must not have a query (?…) or fragment (#…).',
			'endpoint'
		);
	}
	if (!url.hostname) throw new InputError('The endpoint URL has no host name.', 'endpoint');
	const protocol = url.protocol as 'http:' | 'https:';
	// WHATWG URL forgets a typed default port; read the authority ourselves to know if it was there.
	const authority = text.slice(scheme[0].length).split(/[/?#]/)[0];
	const typedDefaultPort = !url.port && /:\d+$/.test(authority) ? DEFAULT_PORTS[protocol] : '';
	const hostname = url.hostname.toLowerCase();
	const host = url.port ? `${hostname}:${url.port}` : hostname;
	const urlHost =
		options.keepDefaultPort && typedDefaultPort ? `${hostname}:${typedDefaultPort}` : host;
	return {
		protocol,
		hostname,
		port: url.port,
		host,
		urlHost,
		origin: `${protocol}//${urlHost}`,
		isAws: AWS_HOST.test(hostname),
		isIp: IPV4.test(hostname) || hostname.startsWith('[')
	};
}

/** AWS S3 endpoint for a region, as botocore presigns: global host for us-east-1. */
export function awsEndpoint(region: string): Endpoint {
	if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
		throw new InputError('"{region}" is not an AWS region name (e.g. eu-west-1).', 'region', {
			region
		});
	}
	if (region === 'us-east-1') return parseEndpoint('https://s3.amazonaws.com');
	const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
	return parseEndpoint(`https://s3.${region}.${suffix}`);
}

/** Suggested addressing: virtual-hosted on AWS (path-style is deprecated there), path elsewhere. */
export function defaultAddressing(endpoint: Endpoint): Addressing {
	return endpoint.isAws ? 'virtual' : 'path';
}

/** A bucket that can be a DNS label (botocore `check_dns_name`, dots allowed separately). */
function isDnsCompatible(bucket: string): boolean {
	return /^[a-z0-9]([a-z0-9.-]{1,61})[a-z0-9]$/.test(bucket) && !bucket.includes('..');
}

/**
 * The addressing that will really be used. Virtual-hosted is impossible for IP hosts, for names
 * that are not DNS labels, and for dotted names on https (the wildcard certificate does not
 * match `a.b.s3.example.com`), so those fall back to path-style as botocore does.
 */
export function resolveAddressing(
	endpoint: Endpoint,
	bucket: string,
	requested: Addressing
): Addressing {
	if (requested === 'path') return 'path';
	if (endpoint.isIp || !isDnsCompatible(bucket)) return 'path';
	if (bucket.includes('.') && endpoint.protocol === 'https:') return 'path';
	return 'virtual';
}

/** RFC 3986 percent-encoding of everything but unreserved characters (SigV4 UriEncode). */
export function encodeRfc3986(value: string): string {
	try {
		return encodeURIComponent(value).replace(
			/[!'()*]/g,
			(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
		);
	} catch {
		// encodeURIComponent throws URIError on lone UTF-16 surrogates
		throw new InputError('The text contains invalid Unicode (a lone surrogate).');
	}
}

/** Encodes an object key for the URL path once: RFC 3986, `/` kept, space %20, + %2B, ~ kept. */
export function encodeKey(key: string): string {
	return encodeRfc3986(key).replace(/%2F/g, '/');
}

/** The origin (`scheme://host[:port]`) a request to `loc` goes to, as a browser writes it. */
export function locationOrigin(loc: Pick<Location, 'protocol' | 'urlHost'>): string {
	return new URL(`${loc.protocol}//${loc.urlHost}`).origin;
}

/**
 * Refuses to sign for the origin of the page that holds the keys (`pageOrigin`, when known):
 * see SharedOriginError.
 */
export function checkSeparateOrigin(requestOrigin: string, pageOrigin: string | undefined): void {
	if (pageOrigin && new URL(requestOrigin).origin === new URL(pageOrigin).origin) {
		throw new SharedOriginError(new URL(requestOrigin).origin);
	}
}

export interface Location {
	protocol: 'http:' | 'https:';
	/** Signed Host header value. */
	host: string;
	/** Host written in the URL (see Endpoint.urlHost). */
	urlHost: string;
	/** Already-encoded path. */
	path: string;
	addressing: Addressing;
}

export interface ObjectLocationInput {
	endpoint: Endpoint;
	bucket: string;
	key: string;
	addressing: Addressing;
}

/** Where an object lives: host and encoded path for the effective addressing. */
export function objectLocation({
	endpoint,
	bucket,
	key,
	addressing
}: ObjectLocationInput): Location {
	const loc = bucketLocation({ endpoint, bucket, addressing });
	const path =
		loc.addressing === 'virtual' ? `/${encodeKey(key)}` : `${loc.path}/${encodeKey(key)}`;
	return { ...loc, path };
}

/** Where a bucket lives, for bucket-level calls (list, head): path `/` or `/bucket`. */
export function bucketLocation({
	endpoint,
	bucket,
	addressing
}: Omit<ObjectLocationInput, 'key'>): Location {
	const effective = resolveAddressing(endpoint, bucket, addressing);
	if (effective === 'virtual') {
		return {
			protocol: endpoint.protocol,
			host: `${bucket}.${endpoint.host}`,
			urlHost: `${bucket}.${endpoint.urlHost}`,
			path: '/',
			addressing: effective
		};
	}
	return {
		protocol: endpoint.protocol,
		host: endpoint.host,
		urlHost: endpoint.urlHost,
		path: `/${encodeKey(bucket)}`,
		addressing: effective
	};
}
