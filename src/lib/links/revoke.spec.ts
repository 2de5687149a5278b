import { describe, expect, it } from 'vitest';
import type { HeadObjectResult, S3Client } from '$lib/s3';
import { disableByRenaming, disabledKeyFor } from './revoke';

type Store = Map<string, { size: number; etag: string }>;

function fakeClient(store: Store, { failCopy = false, corruptCopy = false } = {}) {
	const calls: string[] = [];
	const notFound = () => Object.assign(new Error('NoSuchKey'), { status: 404 });
	const client = {
		async headObject({ key }: { key: string }): Promise<HeadObjectResult> {
			calls.push(`head ${key}`);
			const o = store.get(key);
			if (!o) throw notFound();
			return { contentLength: o.size, etag: o.etag, metadata: {} };
		},
		async copyObject({ sourceKey, destinationKey }: { sourceKey: string; destinationKey: string }) {
			calls.push(`copy ${sourceKey} ${destinationKey}`);
			if (failCopy) throw Object.assign(new Error('AccessDenied'), { status: 403 });
			const o = store.get(sourceKey)!;
			store.set(destinationKey, corruptCopy ? { ...o, size: o.size - 1 } : { ...o });
			return {};
		},
		async deleteObject({ key }: { key: string }) {
			calls.push(`delete ${key}`);
			store.delete(key);
			return {};
		}
	} as unknown as S3Client;
	return { client, calls };
}

const signal = new AbortController().signal;
const ref = { bucket: 'demo', key: 'a.txt', newKey: 'a.txt.off' };

describe('disableByRenaming', () => {
	it('copies, verifies, then deletes the original', async () => {
		const store: Store = new Map([['a.txt', { size: 5, etag: '"abc"' }]]);
		const { client, calls } = fakeClient(store);
		expect(await disableByRenaming(client, ref, signal)).toEqual({
			newKey: 'a.txt.off',
			sizeOnly: false
		});
		expect(calls).toEqual([
			'head a.txt.off',
			'head a.txt',
			'copy a.txt a.txt.off',
			'head a.txt.off',
			'delete a.txt'
		]);
		expect([...store.keys()]).toEqual(['a.txt.off']);
	});
	it('deletes nothing when the copy fails', async () => {
		const store: Store = new Map([['a.txt', { size: 5, etag: '"abc"' }]]);
		const { client, calls } = fakeClient(store, { failCopy: true });
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow('AccessDenied');
		expect(calls.some((c) => c.startsWith('delete'))).toBe(false);
		expect(store.has('a.txt')).toBe(true);
	});
	it('deletes nothing when the copy differs', async () => {
		const store: Store = new Map([['a.txt', { size: 5, etag: '"abc"' }]]);
		const { client } = fakeClient(store, { corruptCopy: true });
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow(/nothing was deleted/);
		expect(store.has('a.txt')).toBe(true);
	});
	it('refuses to overwrite an existing new key', async () => {
		const store: Store = new Map([
			['a.txt', { size: 5, etag: '"abc"' }],
			['a.txt.off', { size: 9, etag: '"zzz"' }]
		]);
		const { client, calls } = fakeClient(store);
		await expect(disableByRenaming(client, ref, signal)).rejects.toThrow(/already exists/);
		expect(calls).toEqual(['head a.txt.off']);
	});
	it('compares sizes only for multipart originals', async () => {
		const store: Store = new Map([['a.txt', { size: 5, etag: '"abc-3"' }]]);
		const { client } = fakeClient(store);
		expect((await disableByRenaming(client, ref, signal)).sizeOnly).toBe(true);
	});
});

describe('disabledKeyFor', () => {
	it('appends a UTC stamp', () => {
		expect(disabledKeyFor('d/x.txt', new Date('2025-01-02T03:04:05.678Z'))).toBe(
			'd/x.txt.disabled-20250102T030405Z'
		);
	});
});
