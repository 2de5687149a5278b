// The one place that chooses how signatures are hashed. WebCrypto where the page has it; a page
// served over plain http from any host but localhost is not a secure context and has no
// crypto.subtle (W3C Secure Contexts), so there the pure-JS @noble/hashes signs instead. It is
// loaded on first use, so a page that has WebCrypto never downloads it.
import { SigningError } from './errors';

export type HmacAlgorithm = 'SHA-1' | 'SHA-256';

/** An HMAC bound to one key. */
export type Mac = (data: Uint8Array) => Promise<Uint8Array>;

/** SHA-256 and HMAC over bytes, whoever computes them. */
export interface Hashing {
	/** 'webcrypto' (the browser's) or 'js' (@noble/hashes). */
	readonly name: 'webcrypto' | 'js';
	sha256(data: Uint8Array): Promise<Uint8Array>;
	/** An HMAC for one key; WebCrypto imports the key once for every message that follows. */
	hmac(algorithm: HmacAlgorithm, key: Uint8Array): Promise<Mac>;
}

/** Whatever smithy and callers hand over: text is hashed as UTF-8. */
export type SourceData = string | ArrayBuffer | ArrayBufferView;

const encoder = new TextEncoder();

/** A private copy of `data` as bytes (the caller may reuse its buffer). */
export function toBytes(data: SourceData): Uint8Array<ArrayBuffer> {
	if (typeof data === 'string') return encoder.encode(data);
	if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
	return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
}

function webCrypto(subtle: SubtleCrypto): Hashing {
	return {
		name: 'webcrypto',
		sha256: async (data) =>
			new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)),
		async hmac(algorithm, key) {
			const imported = await subtle.importKey(
				'raw',
				key as Uint8Array<ArrayBuffer>,
				{ name: 'HMAC', hash: algorithm },
				false,
				['sign']
			);
			return async (data) =>
				new Uint8Array(await subtle.sign('HMAC', imported, data as Uint8Array<ArrayBuffer>));
		}
	};
}

let fallback: Promise<Hashing> | undefined;

function jsHashing(): Promise<Hashing> {
	fallback ??= import('./hash-js').then(
		(module) => module.jsHashing,
		(e: unknown) => {
			fallback = undefined; // a later try may load it (a network hiccup, a redeploy)
			throw new SigningError(
				'This page has no WebCrypto (it is not served over https), and the JavaScript that signs ' +
					'without it could not be loaded. Check the network, then reload the page and try again.',
				e
			);
		}
	);
	return fallback;
}

/** WebCrypto when this page or worker has it, else @noble/hashes (loaded once, on first use). */
export function hashing(): Promise<Hashing> {
	const subtle = globalThis.crypto?.subtle;
	return subtle ? Promise.resolve(webCrypto(subtle)) : jsHashing();
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
	if (chunks.length === 1) return chunks[0];
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return out;
}

/** SHA-256, or HMAC-SHA256 given a secret, in the shape smithy's SignatureV4 takes, on `hashing()`. */
export class Sha256 {
	readonly #secret: Uint8Array | undefined;
	#chunks: Uint8Array[] = [];

	constructor(secret?: SourceData) {
		this.#secret = secret === undefined ? undefined : toBytes(secret);
	}

	update(data: SourceData): void {
		this.#chunks.push(toBytes(data));
	}

	async digest(): Promise<Uint8Array> {
		const impl = await hashing();
		const data = concat(this.#chunks);
		if (this.#secret === undefined) return impl.sha256(data);
		return (await impl.hmac('SHA-256', this.#secret))(data);
	}

	reset(): void {
		this.#chunks = [];
	}
}
