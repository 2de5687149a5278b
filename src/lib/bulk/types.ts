// Shapes shared by the bulk signer, its worker and the exports. All structured-cloneable.
import type { Addressing, Endpoint } from '$lib/s3/endpoint';
import type { Signer } from '$lib/s3/presign';
import type { Credentials } from '$lib/s3/sigv4';

/** One object to link: its key and size in bytes. */
export interface BulkItem {
	key: string;
	size: number;
}

/** Everything but the key: one expiry, one signer, one signing time for the whole batch. */
export interface BulkJob {
	signer: Signer;
	endpoint: Endpoint;
	region: string;
	addressing: Addressing;
	bucket: string;
	credentials: Credentials;
	expiresIn: number;
	now: Date;
}

/** A finished link; `expiresAt` is ISO-8601 UTC. */
export interface BulkLink {
	key: string;
	size: number;
	url: string;
	expiresAt: string;
}

/**
 * Which SHA-256 does the SigV4 hashing: sha256-js (synchronous), or 'webcrypto': the page's own
 * hashing, which is WebCrypto, or the JavaScript fallback on a page without it (hash.ts).
 */
export type HashBackend = 'js' | 'webcrypto';

/** A failed batch, as a worker reports it: `input` marks bad input, whose message is for people. */
export interface SignFailure {
	name: string;
	message: string;
	input: boolean;
	field?: string;
	/** Bad input's sentence before its values were filled, and the values: for the page's language. */
	template?: string;
	params?: Record<string, string | number>;
}
