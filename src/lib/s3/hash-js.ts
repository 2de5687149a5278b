// SHA-256 and HMAC in plain JavaScript (@noble/hashes), for pages without WebCrypto.
// Only hash.ts imports this, dynamically, so it is a chunk of its own.
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Hashing } from './hash';

export const jsHashing: Hashing = {
	name: 'js',
	sha256: async (data) => sha256(data),
	async hmac(algorithm, key) {
		// The keyed inner and outer states are computed once; each message starts from a clone.
		const keyed = hmac.create(algorithm === 'SHA-1' ? sha1 : sha256, key);
		return async (data) => keyed.clone().update(data).digest();
	}
};
