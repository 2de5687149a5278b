// The SigV4 signing key (AWS docs, "Create a signature for AWS Signature Version 4", step 3):
// HMAC-SHA256 chained over date, region, service and "aws4_request", starting from "AWS4" + secret.
// One derivation for every signer that computes SigV4 itself (the bulk URL signer, POST policies).
// Synchronous (sha256-js): four tiny HMACs, once per batch or policy, need no WebCrypto round trips.
import { Sha256 } from '@aws-crypto/sha256-js';

/** HMAC-SHA256 of UTF-8 `data` under `key`, synchronously. */
export function hmacSha256Sync(key: Uint8Array | string, data: string): Uint8Array {
	const h = new Sha256(key);
	h.update(data);
	return h.digestSync();
}

/** `AWS4-HMAC-SHA256`'s signing key for one day (`yyyymmdd`), region and service. */
export function signingKey(
	secretAccessKey: string,
	date: string,
	region: string,
	service = 's3'
): Uint8Array {
	let key = hmacSha256Sync(`AWS4${secretAccessKey}`, date);
	for (const part of [region, service, 'aws4_request']) key = hmacSha256Sync(key, part);
	return key;
}
