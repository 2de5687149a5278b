// Aborting a ticket signs only with the connection that made it, and marks the ticket ended.
import { describe, expect, it, vi } from 'vitest';
import type { LinkRecord } from '$lib/links/link-status';
import { parseEndpoint } from '$lib/s3';
import { ABORTED, TicketAborts, type TicketAbortContext } from './ticket-abort.svelte';

const target = (accessKeyId: string) => ({
	endpoint: parseEndpoint('http://127.0.0.1:7480'),
	region: 'us-east-1',
	addressing: 'path' as const,
	credentials: { accessKeyId, secretAccessKey: 's' }
});

const link: LinkRecord = {
	id: 't1',
	url: 'https://app.example.org/#/ticket?m=x',
	method: 'MULTIPART',
	signer: 'v4',
	bucket: 'demo',
	key: 'big.bin',
	signedAt: '2026-01-01T00:00:00Z',
	expiresAt: '2026-01-01T01:00:00Z',
	requiredHeaders: {},
	endpoint: 'http://127.0.0.1:7480',
	addressing: 'path',
	accessKeyId: 'OWNER',
	ticket: { uploadId: '2~u', manifestKey: '.presign-tickets/a.json', maxBytes: 10 }
};

function context(accessKeyId: string, abort = vi.fn(async () => {})): TicketAbortContext {
	return {
		target: () => target(accessKeyId),
		signingNow: () => new Date(),
		markDisabled: vi.fn(),
		abort
	};
}

describe('TicketAborts', () => {
	it('aborts the upload and deletes the manifest with the owning connection', async () => {
		const ctx = context('OWNER');
		const aborts = new TicketAborts(ctx);
		await aborts.abort(link);
		expect(ctx.abort).toHaveBeenCalledWith(
			expect.objectContaining({ credentials: expect.objectContaining({ accessKeyId: 'OWNER' }) }),
			{ bucket: 'demo', key: 'big.bin', uploadId: '2~u', manifestKey: '.presign-tickets/a.json' },
			expect.any(AbortSignal)
		);
		expect(ctx.markDisabled).toHaveBeenCalledWith(link, ABORTED);
		expect(aborts.message).toMatchObject({ id: 't1', ok: true });
	});

	it('signs nothing through another connection, and says which one it needs', async () => {
		const ctx = context('SOMEONE-ELSE');
		const aborts = new TicketAborts(ctx);
		await aborts.abort(link);
		expect(ctx.abort).not.toHaveBeenCalled();
		expect(ctx.markDisabled).not.toHaveBeenCalled();
		expect(aborts.message?.text).toMatch(
			/^Aborting this upload needs the connection it was made with/
		);
	});

	it('keeps the ticket active when the server refuses', async () => {
		const ctx = context(
			'OWNER',
			vi.fn(async () => Promise.reject(new TypeError('boom')))
		);
		const aborts = new TicketAborts(ctx);
		await aborts.abort(link);
		expect(ctx.markDisabled).not.toHaveBeenCalled();
		expect(aborts.message).toMatchObject({ ok: false });
		expect(aborts.message?.text).toMatch(/^Could not abort the upload\./);
		expect(aborts.message?.text).not.toMatch(/TypeError|boom/);
	});
});
