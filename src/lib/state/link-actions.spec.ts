import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyConnection, signingTarget, type SigningTarget } from '$lib/links/connection';
import { linkOwner } from '$lib/links/link-owner';
import type { LinkRecord } from '$lib/links/link-status';
import type { S3Client, S3ClientOptions } from '$lib/s3';
import { language } from './language.svelte';
import { LinkActions } from './link-actions.svelte';

const rgw = signingTarget({
	...emptyConnection(),
	endpointUrl: 'http://127.0.0.1:7480',
	accessKeyId: 'AKIAOWNER',
	secretAccessKey: 'secret'
});
const other = signingTarget({
	...emptyConnection(),
	endpointUrl: 'http://127.0.0.1:9000',
	accessKeyId: 'AKIAOTHER',
	secretAccessKey: 'secret'
});

const link: LinkRecord = {
	id: '1',
	url: 'http://127.0.0.1:7480/demo/a.txt?X-Amz-Signature=x',
	method: 'GET',
	signer: 'v4',
	bucket: 'demo',
	key: 'a.txt',
	signedAt: '2025-01-01T00:00:00.000Z',
	expiresAt: '2025-01-01T01:00:00.000Z',
	requiredHeaders: {},
	...linkOwner(rgw)
};

/** Tools whose every signed request is recorded, connected to `target`. */
function setup(record: LinkRecord, target: () => SigningTarget) {
	const signedFor: string[] = [];
	const sent: string[] = [];
	const disabled: string[] = [];
	const tools = new LinkActions(() => record, {
		target,
		markDisabled: (l, why) => disabled.push(`${l.key}: ${why}`),
		signingNow: () => new Date('2025-01-01T00:10:00Z'),
		client(options: S3ClientOptions) {
			signedFor.push(`${options.endpoint.origin} ${options.credentials.accessKeyId}`);
			return {
				async deleteObject({ bucket, key }: { bucket: string; key: string }) {
					sent.push(`DELETE ${bucket}/${key}`);
					return {};
				}
			} as unknown as S3Client;
		}
	});
	return { tools, signedFor, sent, disabled };
}

describe('LinkActions revoke', () => {
	it('deletes with the connection the link was made with', async () => {
		const { tools, signedFor, sent, disabled } = setup(link, () => rgw);
		expect(tools.refusal).toBeNull();
		await tools.delete();
		expect(signedFor).toEqual(['http://127.0.0.1:7480 AKIAOWNER']);
		expect(sent).toEqual(['DELETE demo/a.txt']);
		expect(disabled).toEqual(['a.txt: object deleted']);
		expect(tools.revokeOutcome).toEqual({
			ok: true,
			text: 'Deleted "a.txt". Every link to it now fails.'
		});
	});

	const hostile: [string, LinkRecord, () => SigningTarget][] = [
		['another endpoint and key', link, () => other],
		[
			'the same endpoint with another key',
			link,
			() => ({ ...rgw, credentials: other.credentials })
		],
		[
			'no valid connection',
			link,
			() => {
				throw new Error('Enter the endpoint URL');
			}
		],
		[
			'a record without its endpoint',
			{ ...link, endpoint: undefined, accessKeyId: undefined },
			() => rgw
		]
	];
	for (const [what, record, target] of hostile) {
		it(`signs nothing and marks nothing with ${what}`, async () => {
			const { tools, signedFor, sent, disabled } = setup(record, target);
			expect(tools.refusal).toBeTruthy();
			await tools.delete();
			await tools.rename('a.txt.off');
			expect(signedFor).toEqual([]);
			expect(sent).toEqual([]);
			expect(disabled).toEqual([]);
			expect(tools.revokeOutcome).toEqual({ ok: false, text: tools.refusal });
		});
	}

	it('names the endpoint and access key ID the link needs', () => {
		const { tools } = setup(link, () => other);
		expect(tools.refusal).toContain(
			'endpoint http://127.0.0.1:7480 (path-style) with access key ID AKIAOWNER'
		);
	});

	describe('in the language chosen when it is read', () => {
		afterEach(() => language.use('en'));

		it('rewords an outcome and a refusal that arrived in English', async () => {
			const { tools } = setup(link, () => rgw);
			await tools.delete();
			const refused = setup(link, () => other).tools;
			await language.use('ja');
			await vi.waitFor(() =>
				expect(tools.revokeOutcome).toEqual({
					ok: true,
					text: '「a.txt」を削除しました。このオブジェクトへのリンクはすべて使えなくなりました。'
				})
			);
			expect(refused.refusal).toContain('エンドポイント http://127.0.0.1:7480（パス形式）');
			await language.use('en');
			expect(tools.revokeOutcome?.text).toBe('Deleted "a.txt". Every link to it now fails.');
		});
	});
});
