// The hashing choice: WebCrypto where the page has it, @noble/hashes where it has not, with the
// same bytes either way; a fallback that cannot load says so in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sha256, hashing, toBytes, type Hashing } from './hash';
import { jsHashing } from './hash-js';
import { stubInsecureContext } from './insecure-context';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.doUnmock('./hash-js');
	vi.resetModules();
});

/** Deterministic bytes (xorshift) so a failure names a reproducible input. */
function bytes(length: number, seed: number): Uint8Array {
	const out = new Uint8Array(length);
	let x = seed || 1;
	for (let i = 0; i < length; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		out[i] = x & 0xff;
	}
	return out;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('hashing()', () => {
	it('is WebCrypto where crypto.subtle exists', async () => {
		expect((await hashing()).name).toBe('webcrypto');
	});

	it('is the JavaScript fallback where the page has no crypto.subtle', async () => {
		stubInsecureContext();
		expect(globalThis.crypto.subtle).toBeUndefined();
		expect((await hashing()).name).toBe('js');
	});

	it('matches WebCrypto byte for byte: SHA-256, HMAC-SHA1 and HMAC-SHA256, every length class', async () => {
		const web = await hashing();
		expect(web.name).toBe('webcrypto');
		const js: Hashing = jsHashing;
		// Empty, one block, block edges (55/56/64 bytes pad differently), keys longer than a block.
		const lengths = [0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1000, 70_000];
		for (const [i, length] of lengths.entries()) {
			const data = bytes(length, i + 1);
			const key = bytes(lengths[(i + 5) % lengths.length] || 20, i + 101);
			expect(hex(await js.sha256(data)), `sha256 ${length}`).toBe(hex(await web.sha256(data)));
			for (const algorithm of ['SHA-1', 'SHA-256'] as const) {
				const jsMac = await js.hmac(algorithm, key);
				const webMac = await web.hmac(algorithm, key);
				// Twice with one key: the keyed state must not carry over between messages.
				for (const message of [data, bytes(length, i + 7)]) {
					expect(hex(await jsMac(message)), `${algorithm} ${length}`).toBe(
						hex(await webMac(message))
					);
				}
			}
		}
	});

	it('a fallback that cannot load becomes a SigningError in words, and a later call retries', async () => {
		stubInsecureContext();
		vi.doMock('./hash-js', () => {
			throw new TypeError('Failed to fetch dynamically imported module: /_app/hash-js.js');
		});
		const fresh = await import('./hash');
		const errors = await import('./errors'); // the class of the reloaded module graph
		const failure = await fresh.hashing().then(
			() => null,
			(e: unknown) => e
		);
		expect(failure).toBeInstanceOf(errors.SigningError);
		expect((failure as Error).message).toMatch(/could not be loaded.*reload the page/i);
		expect((failure as Error).message).not.toMatch(/TypeError|dynamically imported/);
		vi.doUnmock('./hash-js');
		expect((await fresh.hashing()).name).toBe('js');
	});
});

describe('Sha256 (the hash smithy signs with)', () => {
	const chunks = ['AWS4-HMAC-SHA256\n', new TextEncoder().encode('20130524T000000Z\n'), 'éü/日本'];
	const whole = new TextEncoder().encode('AWS4-HMAC-SHA256\n20130524T000000Z\néü/日本');

	async function run(secret?: string): Promise<string> {
		const h = new Sha256(secret);
		h.update('thrown away');
		h.reset();
		for (const c of chunks) h.update(c);
		return hex(await h.digest());
	}

	it('hashes and HMACs the concatenated updates, the same with and without WebCrypto', async () => {
		const web = await hashing();
		const plain = await run();
		const keyed = await run('AWS4secret');
		expect(plain).toBe(hex(await web.sha256(whole)));
		expect(keyed).toBe(hex(await (await web.hmac('SHA-256', toBytes('AWS4secret')))(whole)));
		stubInsecureContext();
		expect(await run()).toBe(plain);
		expect(await run('AWS4secret')).toBe(keyed);
	});

	it('keeps its own copy of each update', async () => {
		const buffer = new Uint8Array([1, 2, 3]);
		const h = new Sha256();
		h.update(buffer);
		buffer.fill(0);
		expect(hex(await h.digest())).toBe(hex(await jsHashing.sha256(new Uint8Array([1, 2, 3]))));
	});
});
