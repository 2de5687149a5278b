// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DropDestination, DropLink } from '$lib/links/drop-link';
import type { UploadResult } from '$lib/links/xhr-upload';
import { DropUploads } from './drop-upload.svelte';

const drop: DropLink = {
	url: 'http://127.0.0.1:7480/demo',
	fields: { key: 'in/${filename}', policy: 'cG9saWN5', 'x-amz-signature': 'ab' },
	list: 'http://127.0.0.1:7480/demo?list-type=2&prefix=in%2F'
};
const destination: DropDestination = {
	host: '127.0.0.1:7480',
	bucket: 'demo',
	folder: 'in/',
	maxBytes: 10,
	contentTypePrefix: '',
	expiresAt: new Date('2026-05-01T13:00:00Z'),
	signer: 'v4'
};
const NOW = new Date('2026-05-01T12:00:00Z');

const listing = (keys: string[], truncated = false) =>
	`<ListBucketResult><Name>demo</Name><Prefix>in/</Prefix><KeyCount>${keys.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${keys.map((k) => `<Contents><Key>${k}</Key><Size>1</Size></Contents>`).join('')}</ListBucketResult>`;

function setup(options: {
	list?: Response | Error;
	answer?: UploadResult;
	to?: Partial<DropDestination>;
}) {
	const sent: { url: string; form: FormData }[] = [];
	const uploads = new DropUploads(
		() => drop,
		() => ({ ...destination, ...options.to }),
		{
			now: () => NOW,
			random: (n) => new Uint8Array(n).fill(7),
			fetch: async () => {
				if (options.list instanceof Error) throw options.list;
				return options.list ?? new Response(listing([]));
			},
			send: async (_method, url, body, size, _headers, onProgress) => {
				sent.push({ url, form: body as FormData });
				onProgress(size, size);
				return options.answer ?? { status: 204, body: '', etag: null };
			}
		}
	);
	return { uploads, sent };
}

const file = (name: string, size = 3, type = 'text/plain') =>
	new File(['x'.repeat(size)], name, { type });

describe('DropUploads', () => {
	it('refuses files over the limit or of another type before sending anything', async () => {
		const { uploads, sent } = setup({ to: { contentTypePrefix: 'image/' } });
		uploads.choose([
			file('big.png', 11, 'image/png'),
			file('a.txt'),
			file('ok.png', 10, 'image/png')
		]);
		expect(uploads.files.map((f) => f.status)).toEqual(['refused', 'refused', 'ready']);
		expect(uploads.files[0].reason).toMatch(/over this drop's limit/);
		expect(uploads.files[1].reason).toMatch(/only image\/… files, and this one is text\/plain/);
		await uploads.uploadAll();
		expect(sent).toHaveLength(1);
		expect(uploads.files[2].status).toBe('uploaded');
	});

	it('posts the signed fields, the key in the folder, the type, and the file last', async () => {
		const { uploads, sent } = setup({});
		uploads.choose([file('測定 1.csv', 3, 'text/csv')]);
		await uploads.uploadAll();
		const entries = [...sent[0].form.entries()].map(([k, v]) => [
			k,
			typeof v === 'string' ? v : 'FILE'
		]);
		expect(entries).toEqual([
			['policy', 'cG9saWN5'],
			['x-amz-signature', 'ab'],
			['key', 'in/測定 1.csv'],
			['Content-Type', 'text/csv'],
			['file', 'FILE']
		]);
		expect(uploads.files[0]).toMatchObject({ status: 'uploaded', storedAs: '', loaded: 3 });
	});

	it('gives a taken name, or a name sent twice, a suffix instead of replacing it', async () => {
		const { uploads, sent } = setup({ list: new Response(listing(['in/a.txt', 'in/sub/b.txt'])) });
		uploads.choose([file('a.txt'), file('b.txt'), file('b.txt')]);
		await uploads.uploadAll();
		const keys = sent.map((s) => s.form.get('key'));
		expect(keys[0]).toMatch(/^in\/a-[0-9a-z]{4}\.txt$/);
		expect(keys[1]).toBe('in/b.txt');
		expect(keys[2]).toMatch(/^in\/b-[0-9a-z]{4}\.txt$/);
		expect(uploads.files.map((f) => f.storedAs !== '')).toEqual([true, false, true]);
		expect(uploads.note).toBe('');
	});

	it('suffixes every name, and says why, when the folder cannot be listed completely', async () => {
		for (const list of [
			new Error('offline'),
			new Response('', { status: 403 }),
			new Response(listing(['in/x'], true))
		]) {
			const { uploads, sent } = setup({ list });
			uploads.choose([file('a.txt')]);
			await uploads.uploadAll();
			expect(sent[0].form.get('key')).toMatch(/^in\/a-[0-9a-z]{4}\.txt$/);
			expect(uploads.note).toMatch(/could not check which names are already in the folder/);
		}
	});

	it("ends a refused upload with the server's reason", async () => {
		const body = '<Error><Code>EntityTooLarge</Code></Error>';
		const { uploads } = setup({ answer: { status: 400, body, etag: null } });
		uploads.choose([file('a.txt')]);
		await uploads.uploadAll();
		expect(uploads.files[0]).toMatchObject({
			status: 'failed',
			reason: 'The server refused it as too large (HTTP 400 EntityTooLarge).'
		});
	});

	it('sends nothing once the drop has expired', async () => {
		const { uploads, sent } = setup({ to: { expiresAt: NOW } });
		uploads.choose([file('a.txt')]);
		await uploads.uploadAll();
		expect(sent).toEqual([]);
		expect(uploads.files[0].reason).toMatch(/has expired/);
	});
});
