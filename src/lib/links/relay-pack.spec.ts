import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '$lib/format/codec';
import { parseEndpoint, presignRelay, windowUrl, type RelayRequest } from '$lib/s3';
import { drawQr, type CreateQr } from './qr';
import { DAMAGED, packRelay, relayPageUrl, relayParam, unpackRelay } from './relay-pack';

const DAY = 86400;
const APP = 'https://presign.example.org/s3/index.html';

const request: RelayRequest = {
	method: 'GET',
	endpoint: parseEndpoint('https://s3.eu-central-1.amazonaws.com'),
	region: 'eu-central-1',
	addressing: 'virtual',
	bucket: 'team-reports',
	key: 'quarterly/2026-Q1 report.pdf',
	credentials: {
		accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
		secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
	},
	now: new Date('2026-03-01T09:30:00Z'),
	totalSeconds: 30 * DAY
};

async function deflate(bytes: Uint8Array): Promise<string> {
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new CompressionStream('deflate-raw'));
	return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('packRelay / unpackRelay', () => {
	it('round-trips a GET and a PUT with a session token: every window URL comes back the same', async () => {
		for (const r of [
			request,
			{
				...request,
				method: 'PUT' as const,
				headers: { 'content-type': 'application/pdf' },
				credentials: { ...request.credentials, sessionToken: 'FwoGZXIvYXdzE/token==' },
				totalSeconds: 365 * DAY + 5
			}
		]) {
			const link = await presignRelay(r);
			const packed = await packRelay(link);
			expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
			const back = await unpackRelay(packed);
			expect(back).toEqual(link);
			for (let k = 0; k < link.windows.length; k++)
				expect(windowUrl(back, k)).toBe(windowUrl(link, k));
		}
	});

	it('goes into and comes out of the #/go fragment of the app’s own address', async () => {
		const packed = await packRelay(await presignRelay(request));
		const page = relayPageUrl(`${APP}?x=1#/somewhere`, packed);
		expect(page).toBe(`${APP}#/go?r=${packed}`);
		expect(relayParam(page)).toBe(packed);
		expect(relayParam(`#/go?r=${packed}`)).toBe(packed);
		expect(relayParam('#/upload?put=abc')).toBeNull();
		expect(relayParam(APP)).toBeNull();
	});

	// Raw deflate has no checksum: a changed character may still inflate, and then the server's
	// signature check refuses the link. What must never happen is a raw error or a non-web address.
	it('refuses damaged or crafted fragments as damaged, never with a raw error', async () => {
		const packed = await packRelay(await presignRelay(request));
		const bomb = await deflate(new Uint8Array(4 * 1024 * 1024));
		const crafted = async (base: string) => {
			const link = await presignRelay(request);
			return packRelay({ ...link, base });
		};
		for (const text of [
			'',
			'!!!not base64',
			packed.slice(0, packed.length - 20),
			packed.slice(0, 40),
			// A decompression bomb: 4 MiB of zeros.
			bomb,
			// A window URL that would leave the web, or carry a fragment.
			await crafted('javascript:alert(1)//x?'),
			await crafted('https://evil.example/a#?'),
			await crafted('data:text/html,<script>?')
		]) {
			await expect(unpackRelay(text)).rejects.toThrow(DAMAGED);
		}
	});

	it('refuses windows with a gap between them, or that do not reach the end', async () => {
		const link = await presignRelay(request);
		const gap = link.windows.map((w, i) => (i === 2 ? { ...w, offset: w.offset + 2 * DAY } : w));
		await expect(unpackRelay(await packRelay({ ...link, windows: gap }))).rejects.toThrow(DAMAGED);
		const short = link.windows.slice(0, -1);
		await expect(unpackRelay(await packRelay({ ...link, windows: short }))).rejects.toThrow(
			DAMAGED
		);
	});
});

describe('QR capacity of relay links', () => {
	const create = QRCode.create as unknown as CreateQr;
	const levelFor = async (days: number) => {
		const link = await presignRelay({ ...request, totalSeconds: days * DAY });
		const text = relayPageUrl(APP, await packRelay(link));
		return { text, drawing: drawQr(create, text) };
	};

	it('fits 90 days at level M or better', async () => {
		const { text, drawing } = await levelFor(90);
		console.info(`90-day relay link: ${text.length} characters, QR level ${drawing?.level}`);
		expect(['H', 'Q', 'M']).toContain(drawing?.level);
	});

	it('fits a year at level L at least', async () => {
		const { text, drawing } = await levelFor(365);
		console.info(`1-year relay link: ${text.length} characters, QR level ${drawing?.level}`);
		expect(drawing).not.toBeNull();
	});

	it('does not fit two years: the card then says so instead of a code', async () => {
		const { drawing } = await levelFor(730);
		expect(drawing).toBeNull();
	});
});
