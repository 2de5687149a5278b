// Byte codecs shared by signing, links and tokens: hex for SigV4 signatures and digests, base64
// for SigV2 signatures and POST policies, base64url (RFC 4648 §5, unpadded) for data carried in
// URL fragments and JWTs.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex, as SigV4 writes hashes and signatures; a lookup table keeps bulk signing fast. */
export function toHex(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]];
	return out;
}

/** Bytes of lower- or upper-case hex; throws on an odd length or a character that is not hex. */
export function fromHex(text: string): Uint8Array {
	if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) throw new TypeError('not hex');
	return Uint8Array.from({ length: text.length / 2 }, (_, i) =>
		parseInt(text.slice(2 * i, 2 * i + 2), 16)
	);
}

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
	return btoa(binary);
}

/** Accepts padded or unpadded input; throws on characters outside the alphabet. */
export function fromBase64(text: string): Uint8Array {
	const padded = text + '='.repeat((4 - (text.length % 4)) % 4);
	return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

export function toBase64Url(bytes: Uint8Array): string {
	return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
	return fromBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** UTF-8 text as base64url; decoding refuses bytes that are not UTF-8. */
export function textToBase64Url(text: string): string {
	return toBase64Url(new TextEncoder().encode(text));
}

export function textFromBase64Url(text: string): string {
	return new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(text));
}
