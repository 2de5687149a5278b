// The manifest is read from a URL anyone can craft: every field is checked, and every link must
// stay on the server, object and upload the manifest names.
import { describe, expect, it } from 'vitest';
import { InputError } from '$lib/s3';
import { manifest, MANIFEST_URL, OBJECT, ORIGIN, sig, signed } from '$lib/testing/ticket';
import { manifestKey, partUrl, readManifest, signatureOf, type TicketManifest } from './manifest';

/** readManifest's message for `m`, or '' when it is accepted. */
function refusal(m: unknown): string {
	try {
		readManifest(JSON.parse(JSON.stringify(m)), MANIFEST_URL);
		return '';
	} catch (e) {
		expect(e).toBeInstanceOf(InputError);
		return (e as Error).message;
	}
}

describe('readManifest', () => {
	it('accepts a manifest as the app writes it and builds every part URL', () => {
		const ticket = readManifest(manifest(), MANIFEST_URL);
		expect(ticket.expiresAt).toEqual(new Date('2026-01-01T01:00:00Z'));
		expect(partUrl(ticket, 3)).toBe(signed(`${OBJECT}?partNumber=3&uploadId=2~abc`, 3));
		expect(signatureOf(partUrl(ticket, 2))).toBe(sig(2));
	});

	it('refuses any link that leaves the server holding the manifest', () => {
		const m = manifest();
		m.parts.first = m.parts.first.replace(ORIGIN, 'http://evil.example');
		expect(refusal(m)).toMatch(
			/^This upload ticket is damaged or was changed: its part link points at evil\.example, not at 127\.0\.0\.1:7480.*Nothing was uploaded/
		);
		for (const field of ['complete', 'abort', 'deleteTicket'] as const) {
			const other = manifest();
			other[field] = other[field].replace(ORIGIN, 'https://127.0.0.1:7480');
			expect(refusal(other), field).toMatch(/points at 127\.0\.0\.1:7480, not at/);
		}
		const list = manifest();
		list.listParts = [list.listParts[0].replace(ORIGIN, 'http://127.0.0.2:7480')];
		expect(refusal(list)).toMatch(/part listing link points at/);
	});

	it('refuses links for another object or another upload', () => {
		const m = manifest();
		m.complete = m.complete.replace('/demo/big/', '/demo/other/');
		expect(refusal(m)).toMatch(/complete link is for another object/);
		const u = manifest();
		u.abort = u.abort.replace('uploadId=2~abc', 'uploadId=2~zzz');
		expect(refusal(u)).toMatch(/abort link is for another upload/);
		const k = manifest();
		k.key = 'big/other.bin';
		expect(refusal(k)).toMatch(/for another object/);
		const d = manifest();
		d.deleteTicket = d.deleteTicket.replace('ab12.json', 'cd34.json');
		expect(refusal(d)).toMatch(/clean-up link is for another object/);
	});

	it('refuses unsigned links, wrong counts and bad numbers', () => {
		const cases: [string, (m: TicketManifest) => void, RegExp][] = [
			['unsigned', (m) => (m.complete = `${OBJECT}?uploadId=2~abc`), /not a presigned SigV4 link/],
			['short signatures', (m) => m.parts.signatures.pop(), /part signatures/],
			['bad signature', (m) => (m.parts.signatures[2] = 'zz'), /part signatures/],
			[
				'first is not part 1',
				(m) => (m.parts.first = m.parts.first.replace('partNumber=1', 'partNumber=2')),
				/part 1/
			],
			['first signature differs', (m) => (m.parts.signatures[0] = sig(7)), /part 1/],
			['no listing', (m) => (m.listParts = []), /part listing links/],
			['tiny parts', (m) => (m.partSize = 1024), /partSize/],
			['too many parts', (m) => (m.partCount = 10_001), /partCount/],
			['limit beyond the parts', (m) => (m.maxBytes = 3 * m.partSize + 1), /maxBytes/],
			['no date', (m) => (m.expiresAt = 'soon'), /expiry/],
			['control character', (m) => (m.uploadId = '2~a\nb'), /uploadId/],
			['other format', (m) => ((m as { format: string }).format = 'x'), /not an upload ticket/],
			['newer version', (m) => ((m as { version: number }).version = 2), /format version/]
		];
		for (const [name, change, says] of cases) {
			const m = manifest();
			change(m);
			expect(refusal(m), name).toMatch(says);
		}
		expect(refusal(null)).toMatch(/not an upload ticket/);
		expect(refusal([manifest()])).toMatch(/not an upload ticket/);
	});

	it('accepts a virtual-hosted manifest whose links leave the bucket out of the path', () => {
		const host = 'https://demo.s3.example.org';
		const m = manifest();
		const swap = (url: string) => url.replace(`${ORIGIN}/demo/`, `${host}/`);
		m.parts.first = swap(m.parts.first);
		m.listParts = m.listParts.map(swap);
		m.complete = swap(m.complete);
		m.abort = swap(m.abort);
		m.deleteTicket = swap(m.deleteTicket);
		expect(() => readManifest(m, swap(MANIFEST_URL))).not.toThrow();
	});
});

describe('manifestKey', () => {
	it('puts the manifest in .presign-tickets/ of the upload’s own folder', () => {
		expect(manifestKey('big/data/run 7.h5', 'ab12')).toBe('big/data/.presign-tickets/ab12.json');
		expect(manifestKey('top.bin', 'ab12')).toBe('.presign-tickets/ab12.json');
	});
});
