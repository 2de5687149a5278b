// A relay link packed small for the fragment of this app's `#/go` page (never sent to a server):
// the shared parts once, then every window's date offset, then every window's 32 signature bytes
// (columns rather than rows, so the repeating offsets compress to almost nothing), all of it
// deflate-raw compressed and base64url-encoded. Anyone can craft a fragment, so unpacking checks
// every length and bound and says "damaged" rather than guessing.
import { fromBase64Url, toBase64Url } from '$lib/format/codec';
import { InputError, MAX_V4_EXPIRES_SECONDS, type RelayLink } from '$lib/s3';

const FORMAT = 1;
const SIGNATURE_BYTES = 32;
/** No honest relay link inflates past this (ten years of windows is about 20 KB). */
const MAX_INFLATED_BYTES = 64 * 1024;
const METHODS = ['GET', 'PUT'] as const;

export const DAMAGED =
	'This relay link is damaged: part of it is missing or was changed on the way. Scan the QR code again, or ask for a new link.';

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const out: Uint8Array[] = [];
	let size = 0;
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > MAX_INFLATED_BYTES) {
			await reader.cancel();
			throw new InputError(DAMAGED);
		}
		out.push(value);
	}
	const joined = new Uint8Array(size);
	let at = 0;
	for (const part of out) joined.set(part, (at += part.length) - part.length);
	return joined;
}

class Writer {
	bytes: number[] = [];
	/** LEB128: 7 bits a byte, low bits first; arithmetic keeps numbers above 2^31 whole. */
	uint(n: number) {
		do {
			const low = n % 128;
			n = Math.floor(n / 128);
			this.bytes.push(n > 0 ? low | 128 : low);
		} while (n > 0);
	}
	text(s: string) {
		const b = new TextEncoder().encode(s);
		this.uint(b.length);
		this.raw(b);
	}
	raw(b: Uint8Array) {
		for (const x of b) this.bytes.push(x);
	}
}

class Reader {
	#at = 0;
	constructor(private readonly b: Uint8Array) {}
	#need(n: number) {
		if (this.#at + n > this.b.length) throw new InputError(DAMAGED);
	}
	uint(): number {
		let n = 0;
		for (let scale = 1; ; scale *= 128) {
			this.#need(1);
			const byte = this.b[this.#at++];
			n += (byte & 127) * scale;
			if (!(byte & 128)) break;
			if (scale > 2 ** 42) throw new InputError(DAMAGED);
		}
		return n;
	}
	text(): string {
		const bytes = this.raw(this.uint());
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			throw new InputError(DAMAGED);
		}
	}
	raw(n: number): Uint8Array {
		this.#need(n);
		return this.b.slice(this.#at, (this.#at += n));
	}
	get done() {
		return this.#at === this.b.length;
	}
}

/** The relay link as the base64url text carried in the `#/go` fragment. */
export async function packRelay(link: RelayLink): Promise<string> {
	const w = new Writer();
	w.uint(FORMAT);
	w.uint(METHODS.indexOf(link.method));
	w.uint(link.start);
	w.uint(link.end - link.start);
	for (const s of [link.base, link.bucket, link.key, link.accessKeyId, link.region]) w.text(s);
	w.text(link.signedHeaders);
	w.text(link.sessionToken ?? '');
	w.text(link.contentType ?? '');
	w.uint(link.windows.length);
	let previous = 0;
	for (const { offset } of link.windows) {
		w.uint(offset - previous);
		previous = offset;
	}
	for (const { signature } of link.windows) w.raw(signature);
	const packed = await through(Uint8Array.from(w.bytes), new CompressionStream('deflate-raw'));
	return toBase64Url(packed);
}

/** Reads a packed relay link; throws InputError(DAMAGED) for anything that is not one. */
export async function unpackRelay(text: string): Promise<RelayLink> {
	let compressed: Uint8Array;
	try {
		compressed = fromBase64Url(text);
	} catch {
		throw new InputError(DAMAGED);
	}
	let bytes: Uint8Array;
	try {
		bytes = await through(compressed, new DecompressionStream('deflate-raw'));
	} catch (e) {
		throw e instanceof InputError ? e : new InputError(DAMAGED);
	}
	const r = new Reader(bytes);
	if (r.uint() !== FORMAT) throw new InputError(DAMAGED);
	const method = METHODS[r.uint()];
	const start = r.uint();
	const end = start + r.uint();
	const [base, bucket, key, accessKeyId, region, signedHeaders] = [1, 2, 3, 4, 5, 6].map(() =>
		r.text()
	);
	const sessionToken = r.text();
	const contentType = r.text();
	const count = r.uint();
	if (!method || count < 1 || count > bytes.length / SIGNATURE_BYTES) {
		throw new InputError(DAMAGED);
	}
	const offsets: number[] = [];
	for (let i = 0, at = 0; i < count; i++) offsets.push((at += r.uint()));
	const windows = offsets.map((offset) => ({ offset, signature: r.raw(SIGNATURE_BYTES) }));
	const link: RelayLink = {
		method,
		bucket,
		key,
		base,
		accessKeyId,
		region,
		signedHeaders,
		...(sessionToken && { sessionToken }),
		...(contentType && { contentType }),
		start,
		end,
		windows
	};
	if (!r.done || !wellFormed(link)) throw new InputError(DAMAGED);
	return link;
}

/** Windows start at 0, follow each other without a gap and cover exactly [start, end]. */
function wellFormed(link: RelayLink): boolean {
	const { windows } = link;
	if (windows[0].offset !== 0 || link.end <= link.start) return false;
	for (let i = 1; i < windows.length; i++) {
		const gap = windows[i].offset - windows[i - 1].offset;
		if (gap <= 0 || gap >= MAX_V4_EXPIRES_SECONDS) return false;
	}
	const last = link.start + windows[windows.length - 1].offset;
	if (last >= link.end || last + MAX_V4_EXPIRES_SECONDS < link.end) return false;
	return (
		/^https?:\/\/[^/?#\s]+\/[^#\s]*[?&]$/.test(link.base) &&
		/^[a-z0-9;-]+$/.test(link.signedHeaders)
	);
}

/** This app's `#/go` page carrying `packed`, given the app's current address (`location.href`). */
export function relayPageUrl(appHref: string, packed: string): string {
	const app = new URL(appHref);
	app.hash = '';
	app.search = '';
	return `${app.href}#/go?r=${packed}`;
}

/** The packed text in a `#/go?r=…` fragment or a whole relay address, or null when there is none. */
export function relayParam(hashOrUrl: string): string | null {
	const hash = hashOrUrl.slice(hashOrUrl.indexOf('#') + 1);
	if (!/^\/go\?/.test(hash)) return null;
	return new URLSearchParams(hash.split('?')[1]).get('r') || null;
}
