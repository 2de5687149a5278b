import { describe, expect, it } from 'vitest';
import { japanese } from '$lib/testing/japanese';
import { fillPlaceholders } from '$lib/i18n/language';
import type { CopyObjectParams, HeadObjectResult, S3Client } from '$lib/s3';
import {
	describeRename,
	disableByRenaming,
	disabledKeyFor,
	MAX_SINGLE_COPY_BYTES,
	RenameRefused,
	type RenameResult
} from './revoke';

interface Stored {
	size: number;
	etag: string;
	type?: string;
	meta?: Record<string, string>;
	storageClass?: string;
}
type Store = Map<string, Stored>;

interface FakeOptions {
	failCopy?: boolean;
	corruptCopy?: Partial<Stored>;
	/** Headers a CORS rule would hide from the browser. */
	hide?: ('etag' | 'content-length')[];
	/** Answer a copy whose `x-amz-copy-source-if-match` fails with 412, as AWS does. */
	honourIfMatch?: boolean;
	/** Runs as the copy request arrives (someone else writing meanwhile). */
	beforeCopy?: () => void;
	/** Runs after the copy, before the next request (someone else writing meanwhile). */
	afterCopy?: () => void;
}

function fakeClient(store: Store, options: FakeOptions = {}) {
	const calls: string[] = [];
	const copies: CopyObjectParams[] = [];
	let afterCopy = options.afterCopy;
	const notFound = () => Object.assign(new Error('NoSuchKey'), { status: 404 });
	const settle = () => {
		afterCopy?.();
		afterCopy = undefined;
	};
	const client = {
		async headObject({ key }: { key: string }): Promise<HeadObjectResult> {
			if (copies.length) settle();
			calls.push(`head ${key}`);
			const o = store.get(key);
			if (!o) throw notFound();
			return {
				contentLength: options.hide?.includes('content-length') ? undefined : o.size,
				etag: options.hide?.includes('etag') ? undefined : o.etag,
				contentType: o.type,
				metadata: { ...o.meta },
				storageClass: o.storageClass
			};
		},
		async copyObject(p: CopyObjectParams) {
			calls.push(`copy ${p.sourceKey} ${p.destinationKey}`);
			copies.push(p);
			options.beforeCopy?.();
			if (options.failCopy) throw Object.assign(new Error('AccessDenied'), { status: 403 });
			const o = store.get(p.sourceKey)!;
			if (options.honourIfMatch && p.sourceIfMatch !== o.etag) {
				throw Object.assign(new Error('PreconditionFailed'), { status: 412 });
			}
			store.set(p.destinationKey, {
				...o,
				storageClass: p.storageClass,
				...options.corruptCopy
			});
			return {};
		},
		async deleteObject({ key }: { key: string }) {
			settle();
			calls.push(`delete ${key}`);
			store.delete(key);
			return {};
		}
	} as unknown as S3Client;
	return { client, calls, copies };
}

const signal = new AbortController().signal;
const ref = { bucket: 'demo', key: 'a.txt', newKey: 'a.txt.off' };
const plain = (): Store => new Map([['a.txt', { size: 5, etag: '"abc"', type: 'text/plain' }]]);

describe('disableByRenaming', () => {
	it('copies on the ETag it read, verifies, reads the source again, then deletes it', async () => {
		const store = plain();
		const { client, calls, copies } = fakeClient(store);
		expect(await disableByRenaming(client, ref, signal)).toEqual({
			newKey: 'a.txt.off',
			sizeOnly: false,
			contentType: 'text/plain',
			metadataChecked: [],
			storageClass: undefined
		});
		expect(calls).toEqual([
			'head a.txt',
			'head a.txt.off',
			'copy a.txt a.txt.off',
			'head a.txt.off',
			'head a.txt',
			'delete a.txt'
		]);
		expect(copies[0].sourceIfMatch).toBe('"abc"');
		expect([...store.keys()]).toEqual(['a.txt.off']);
	});

	for (const hidden of [['etag'], ['content-length'], ['etag', 'content-length']] as const) {
		it(`refuses before any copy when the browser cannot read ${hidden.join(' and ')}`, async () => {
			const store = plain();
			const { client, calls } = fakeClient(store, { hide: [...hidden] });
			const names = hidden.map((h) => (h === 'etag' ? 'ETag' : 'Content-Length'));
			const refusal = disableByRenaming(client, ref, signal);
			for (const name of names) {
				await expect(refusal).rejects.toThrow(`<ExposeHeader>${name}</ExposeHeader>`);
			}
			await expect(refusal).rejects.toThrow(/nothing was copied or deleted/);
			expect(calls).toEqual(['head a.txt']);
			expect([...store.keys()]).toEqual(['a.txt']);
		});
	}

	it('refuses objects over the 5 GiB single-copy limit before any copy', async () => {
		const store: Store = new Map([['a.txt', { size: MAX_SINGLE_COPY_BYTES + 1, etag: '"e"' }]]);
		const { client, calls } = fakeClient(store);
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow(
			/over the 5 GiB single-copy limit/
		);
		expect(calls).toEqual(['head a.txt']);
	});

	it('deletes nothing when the source is overwritten between copy and delete', async () => {
		const store = plain();
		const { client, calls } = fakeClient(store, {
			afterCopy: () => store.set('a.txt', { size: 7, etag: '"new"', type: 'text/plain' })
		});
		const run = disableByRenaming(client, ref, signal);
		await expect(run).rejects.toThrow(/changed after it was copied/);
		await expect(run).rejects.toThrow(/left in place and nothing was deleted/);
		await expect(run).rejects.toThrow(/under "a.txt.off"/);
		expect(calls.some((c) => c.startsWith('delete'))).toBe(false);
		expect(store.get('a.txt')?.etag).toBe('"new"');
		expect(store.get('a.txt.off')?.etag).toBe('"abc"');
	});

	it('notices a same-size overwrite by its ETag', async () => {
		const store = plain();
		const { client } = fakeClient(store, {
			afterCopy: () => store.set('a.txt', { size: 5, etag: '"other"', type: 'text/plain' })
		});
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow(/changed after/);
		expect(store.has('a.txt')).toBe(true);
	});

	it('says the source changed when the server refuses the copy condition', async () => {
		const store = plain();
		const { client } = fakeClient(store, {
			honourIfMatch: true,
			beforeCopy: () => store.set('a.txt', { size: 5, etag: '"x"', type: 'text/plain' })
		});
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow(
			/changed while it was being copied.*nothing was copied or deleted/
		);
		expect(store.has('a.txt.off')).toBe(false);
	});

	it('deletes nothing when the copy fails', async () => {
		const store = plain();
		const { client, calls } = fakeClient(store, { failCopy: true });
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow('AccessDenied');
		expect(calls.some((c) => c.startsWith('delete'))).toBe(false);
		expect(store.has('a.txt')).toBe(true);
	});

	const differences: [string, Partial<Stored>, RegExp][] = [
		['size', { size: 4 }, /4 bytes, the original 5/],
		['ETag', { etag: '"zzz"' }, /ETag "zzz" differs/],
		['content type', { type: 'application/octet-stream' }, /content type/],
		['metadata', { meta: { owner: 'someone else' } }, /user metadata/],
		['storage class', { storageClass: 'STANDARD' }, /storage class is STANDARD/]
	];
	for (const [what, corruptCopy, message] of differences) {
		it(`deletes nothing when the copy's ${what} differs`, async () => {
			const store: Store = new Map([
				[
					'a.txt',
					{
						size: 5,
						etag: '"abc"',
						type: 'text/plain',
						meta: { owner: 'taro' },
						storageClass: 'STANDARD_IA'
					}
				]
			]);
			const { client, calls } = fakeClient(store, { corruptCopy });
			const run = disableByRenaming(client, ref, signal);
			await expect(run).rejects.toThrow(message);
			await expect(run).rejects.toThrow(/nothing was deleted/);
			expect(calls.some((c) => c.startsWith('delete'))).toBe(false);
			expect(store.has('a.txt')).toBe(true);
		});
	}

	it('keeps the storage class and checks the metadata it can see', async () => {
		const store: Store = new Map([
			['a.txt', { size: 5, etag: '"abc"', meta: { owner: 'taro' }, storageClass: 'STANDARD_IA' }]
		]);
		const { client, copies } = fakeClient(store);
		const result = await disableByRenaming(client, ref, signal);
		expect(copies[0].storageClass).toBe('STANDARD_IA');
		expect(store.get('a.txt.off')?.storageClass).toBe('STANDARD_IA');
		expect(result).toMatchObject({ metadataChecked: ['owner'], storageClass: 'STANDARD_IA' });
	});

	it('refuses to overwrite an existing new key', async () => {
		const store: Store = new Map([
			['a.txt', { size: 5, etag: '"abc"' }],
			['a.txt.off', { size: 9, etag: '"zzz"' }]
		]);
		const { client, calls } = fakeClient(store);
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow(/already exists/);
		expect(calls).toEqual(['head a.txt', 'head a.txt.off']);
		expect(store.get('a.txt.off')?.etag).toBe('"zzz"');
	});

	it('compares sizes only for multipart originals', async () => {
		const store: Store = new Map([['a.txt', { size: 5, etag: '"abc-3"' }]]);
		const { client } = fakeClient(store, { corruptCopy: { etag: '"d41d8"' } });
		expect((await disableByRenaming(client, ref, signal)).sizeOnly).toBe(true);
	});
});

describe('describeRename', () => {
	const base: RenameResult = { newKey: 'n', sizeOnly: false, metadataChecked: [] };
	it('claims only what was verified', () => {
		const text = describeRename({ ...base, contentType: 'text/plain' });
		expect(text).toContain('Renamed to "n" and verified: size and ETag; content type text/plain.');
		expect(text).toContain('user metadata (x-amz-meta-*) was copied by the server but not checked');
		expect(text).toContain('showed no storage class');
		expect(text).not.toMatch(/verified:[^.]*metadata/);
	});
	it('names the metadata and storage class it checked', () => {
		const text = describeRename({
			...base,
			sizeOnly: true,
			metadataChecked: ['owner'],
			storageClass: 'STANDARD_IA'
		});
		expect(text).toContain('size (the ETag of a multipart original cannot be compared)');
		expect(text).toContain('user metadata the browser can see (owner); storage class STANDARD_IA.');
		expect(text).not.toContain('not checked');
		expect(text).not.toContain('no storage class');
	});
});

describe('in Japanese', () => {
	const inJapanese = (m: { key: string; params?: Record<string, string | number> }) =>
		fillPlaceholders((japanese as Record<string, string>)[m.key] ?? m.key, m.params);

	it('words a finished rename, with its list of checks, in the language it is given', () => {
		const text = describeRename(
			{ newKey: 'n', sizeOnly: false, contentType: 'text/plain', metadataChecked: [] },
			inJapanese,
			''
		);
		expect(text).toContain(
			'「n」に名前を変更し、検証しました：サイズと ETag、コンテンツタイプ text/plain。'
		);
		// Sentences follow one another without the spaces English puts between them.
		expect(text).toContain('になります。古いキーへのリンクはすべて使えなくなりました。');
	});

	it('refuses with a sentence that has its Japanese, values kept apart', async () => {
		const store: Store = new Map([['a.txt', { size: 5, etag: '"abc"' }]]);
		const { client } = fakeClient(store, { hide: ['etag'] });
		const refusal = await disableByRenaming(client, ref, signal).catch((e) => e);
		expect(refusal).toBeInstanceOf(RenameRefused);
		expect(refusal.params).toMatchObject({ header: 'ETag', key: 'a.txt' });
		expect(inJapanese({ key: refusal.template, params: refusal.params })).toContain(
			'ブラウザーは「a.txt」の ETag を読み取れません。'
		);
	});
});

describe('disabledKeyFor', () => {
	it('appends a UTC stamp', () => {
		expect(disabledKeyFor('d/x.txt', new Date('2025-01-02T03:04:05.678Z'))).toBe(
			'd/x.txt.disabled-20250102T030405Z'
		);
	});
});
