// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { signingTarget, emptyConnection } from '$lib/links/connection';
import { readDropLink, vetDrop } from '$lib/links/drop-link';
import type { KeyExpiry } from '$lib/links/key-expiry';
import type { LinkRecord } from '$lib/links/link-status';
import { DropRequest, MB, folderPrefix } from './drop-request.svelte';

const NOW = new Date('2026-05-01T12:00:00.400Z');
const APP = 'https://app.example.org';

function setup(endpointUrl = 'http://127.0.0.1:7480', keys?: KeyExpiry) {
	const added: Omit<LinkRecord, 'id'>[] = [];
	const request = new DropRequest({
		target: () =>
			signingTarget(
				{
					...emptyConnection(),
					endpointUrl,
					accessKeyId: 'AKIDEXAMPLE',
					secretAccessKey: 'secret'
				},
				APP
			),
		now: () => NOW,
		history: {
			add: (link) => {
				added.push(link);
				return { ...link, id: String(added.length) };
			},
			find: (id) => (added[Number(id) - 1] ? { ...added[Number(id) - 1], id } : undefined)
		},
		appHref: () => `${APP}/tools/index.html#/`,
		...(keys && { keys: () => keys, serverNow: () => NOW.getTime() })
	});
	return { request, added };
}

describe('DropRequest', () => {
	it('signs a drop whose link, read back, names the folder, limit, type and expiry', async () => {
		const { request, added } = setup();
		request.maxMb = '2.5';
		request.expiresIn = '2592000'; // 30 days: policies have no 7-day cap
		request.contentType = 'image/';
		const record = await request.create('demo', 'incoming/photos');
		expect(request.error).toBeNull();
		expect(record).toMatchObject({ method: 'POST', bucket: 'demo', key: 'incoming/photos/' });
		expect(added).toHaveLength(1);
		expect(request.current?.id).toBe(record!.id);
		added.length = 0; // the history was cleared (Forget credentials, Clear history)
		expect(request.current).toBeNull();
		expect(record!.url.startsWith(`${APP}/tools/index.html#/drop?d=`)).toBe(true);
		expect(record!.expiresAt).toBe('2026-05-31T12:00:00.000Z');
		const drop = readDropLink(new URL(record!.url).hash)!;
		expect(drop.list).toMatch(
			/^http:\/\/127\.0\.0\.1:7480\/demo\?list-type=2&prefix=incoming%2Fphotos%2F&/
		);
		expect(vetDrop(drop, APP, NOW)).toEqual({
			host: '127.0.0.1:7480',
			bucket: 'demo',
			folder: 'incoming/photos/',
			maxBytes: Math.floor(2.5 * MB),
			contentTypePrefix: 'image/',
			expiresAt: new Date('2026-05-31T12:00:00Z'),
			signer: 'v4'
		});
	});

	it('carries no folder listing with SigV2, whose signature would not fix the prefix', async () => {
		const { request } = setup();
		request.signer = 'v2';
		const record = await request.create('demo', 'in/');
		const drop = readDropLink(new URL(record!.url).hash)!;
		expect(drop.list).toBeUndefined();
		expect(vetDrop(drop, APP, NOW).signer).toBe('v2');
	});

	it('points each bad input at its field and records nothing', async () => {
		const { request, added } = setup();
		request.maxMb = 'ten';
		expect(await request.create('demo', 'in/')).toBeNull();
		expect(request.error?.field).toBe('maxMb');
		request.maxMb = '6000';
		expect(await request.create('demo', 'in/')).toBeNull();
		expect(request.error?.message).toMatch(/5 GiB/);
		request.maxMb = '10';
		request.expiresIn = '-5';
		expect(await request.create('demo', 'in/')).toBeNull();
		expect(request.error?.field).toBe('expiresIn');
		request.expiresIn = '60';
		expect(await request.create('demo', '  ')).toBeNull();
		expect(request.error).toMatchObject({ field: 'folder', message: /Choose a folder/ });
		request.contentType = 'image/ png';
		expect(await request.create('demo', 'in/')).toBeNull();
		expect(request.error?.field).toBe('contentType');
		expect(added).toEqual([]);
	});

	it("refuses a drop on the app's own origin, as a connection problem", async () => {
		const { request, added } = setup(APP);
		expect(await request.create('demo', 'in/')).toBeNull();
		expect(request.error?.field).toBe('connection');
		expect(added).toEqual([]);
	});
});

describe('DropRequest with temporary keys', () => {
	const keys: KeyExpiry = { at: new Date('2026-05-01T14:05:00Z'), source: 'imported' };
	/** The policy document a drop link carries, as the server reads it. */
	const policyOf = (url: string) =>
		JSON.parse(atob(readDropLink(new URL(url).hash)!.fields.policy)) as { expiration: string };

	it('ends the policy, its listing and its record when the keys expire, and says so first', async () => {
		const { request, added } = setup(undefined, keys);
		request.expiresIn = '604800';
		expect(request.keyCap).toMatchObject({ end: keys.at, shortByMs: 604800_000 - 7500_000 });
		const record = await request.create('demo', 'in/');
		expect(request.error).toBeNull();
		expect(policyOf(record!.url).expiration).toBe('2026-05-01T14:05:00Z');
		expect(readDropLink(new URL(record!.url).hash)!.list).toContain('X-Amz-Expires=7500&');
		expect(added[0]).toMatchObject({
			expiresAt: '2026-05-01T14:05:00.000Z',
			tokenExpiresAt: '2026-05-01T14:05:00.000Z',
			tokenExpirySource: 'imported'
		});
	});

	it('cannot be made to outlive the keys by any expiry typed into the form', async () => {
		const { request } = setup(undefined, keys);
		for (const typed of ['31536000', ' 315360000 ', '1e9']) {
			request.expiresIn = typed;
			const record = await request.create('demo', 'in/');
			if (!record) {
				expect(request.error?.field).toBe('expiresIn');
				continue;
			}
			expect(policyOf(record.url).expiration).toBe('2026-05-01T14:05:00Z');
			expect(record.expiresAt).toBe('2026-05-01T14:05:00.000Z');
		}
	});

	it('leaves a drop that ends before the keys as asked, with nothing to say', async () => {
		const { request } = setup(undefined, keys);
		request.expiresIn = '3600';
		expect(request.keyCap).toBeNull();
		const record = await request.create('demo', 'in/');
		expect(policyOf(record!.url).expiration).toBe('2026-05-01T13:00:00Z');
	});

	it('signs nothing with keys that have already expired', async () => {
		const { request, added } = setup(undefined, { ...keys, at: new Date('2026-05-01T11:00:00Z') });
		expect(await request.create('demo', 'in/')).toBeNull();
		expect(request.error).toMatchObject({
			field: 'connection',
			message: /^Your temporary keys expired at .+: a drop link signed with them would not work\./
		});
		expect(added).toEqual([]);
	});
});

describe('folderPrefix', () => {
	it('makes a folder a key prefix ending in a slash', () => {
		expect(folderPrefix(' a/b ')).toBe('a/b/');
		expect(folderPrefix('/a/')).toBe('a/');
		expect(folderPrefix('データ/受け取り')).toBe('データ/受け取り/');
		expect(folderPrefix('')).toBe('');
	});
});
