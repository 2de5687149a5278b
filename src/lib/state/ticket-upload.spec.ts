// @vitest-environment jsdom
// The ticket page's state with the network played by the test: a missing, refused or changed
// ticket becomes a sentence; a sent file ends as "Upload complete" and the resume note is cleared.
import { describe, expect, it } from 'vitest';
import { manifest, MANIFEST_URL } from '$lib/testing/ticket';
import { TicketUpload, type TicketUploadDeps } from './ticket-upload.svelte';

const LISTING = '<ListPartsResult><IsTruncated>false</IsTruncated></ListPartsResult>';

function deps(answer: (url: string, init?: RequestInit) => Response): TicketUploadDeps {
	let t = 0;
	return {
		fetch: async (input, init) => answer(String(input), init),
		now: () => (t += 1000),
		sleep: async () => {},
		put: async (_url, body, _h, onProgress) => {
			onProgress(body.size, body.size);
			return { status: 200, body: '', etag: '"e"' };
		}
	};
}

const serving = (body: unknown) =>
	deps((url, init) => {
		if (url === MANIFEST_URL) return new Response(JSON.stringify(body));
		if (url.includes('max-parts')) return new Response(LISTING);
		if (init?.method === 'POST') return new Response('<CompleteMultipartUploadResult/>');
		return new Response(null, { status: 204 });
	});

describe('TicketUpload', () => {
	it('loads a good manifest, sends a file and says Upload complete', async () => {
		const upload = new TicketUpload(serving(manifest()));
		await upload.load(MANIFEST_URL, new AbortController().signal);
		expect(upload.phase).toBe('ready');
		await upload.upload(new File([new Uint8Array(9 * 1024 * 1024)], 'a.bin'));
		expect(upload.phase).toBe('done');
		expect(upload.message).toBe('Upload complete: a.bin, 9,437,184 bytes.');
		expect(upload.loaded).toBe(upload.total);
		expect(sessionStorage.length).toBe(0); // the resume note goes with the finished upload
	});

	it('says a removed ticket was used or aborted', async () => {
		const upload = new TicketUpload(deps(() => new Response('<Error/>', { status: 404 })));
		await upload.load(MANIFEST_URL, new AbortController().signal);
		expect(upload.phase).toBe('refused');
		expect(upload.message).toMatch(/^This upload ticket is no longer there/);
	});

	it('refuses a changed manifest and a body that is not JSON, in words', async () => {
		const m = manifest();
		m.complete = m.complete.replace('127.0.0.1:7480', 'evil.example');
		const changed = new TicketUpload(serving(m));
		await changed.load(MANIFEST_URL, new AbortController().signal);
		expect(changed.message).toMatch(/complete link points at evil\.example/);
		const junk = new TicketUpload(deps(() => new Response('<html>')));
		await junk.load(MANIFEST_URL, new AbortController().signal);
		expect(junk.message).toMatch(/not an upload ticket of S3 Presign/);
	});

	it('turns a lost network into a sentence, never the TypeError', async () => {
		const upload = new TicketUpload(
			deps(() => {
				throw new TypeError('Failed to fetch');
			})
		);
		await upload.load(MANIFEST_URL, new AbortController().signal);
		expect(upload.message).toMatch(/^Could not load this ticket from the storage server/);
		expect(upload.message).not.toMatch(/TypeError|Failed to fetch/);
	});
});
