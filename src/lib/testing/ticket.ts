// A ticket manifest for specs: well-formed, with made-up signatures (nothing checks them offline).
import type { TicketManifest } from '$lib/tickets/manifest';

export const ORIGIN = 'http://127.0.0.1:7480';
export const OBJECT = `${ORIGIN}/demo/big/f%201.bin`;
export const MANIFEST_URL = `${ORIGIN}/demo/big/.presign-tickets/ab12.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${'9'.repeat(64)}`;
const AUTH =
	'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=K%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host';
export const sig = (n: number) => n.toString(16).padStart(64, '0');
export const signed = (url: string, n: number) => `${url}&${AUTH}&X-Amz-Signature=${sig(n)}`;

/** A manifest as the app writes it: 3 parts of 8 MiB on a path-style local endpoint. */
export function manifest(): TicketManifest {
	return {
		format: 's3-presign-upload-ticket',
		version: 1,
		bucket: 'demo',
		key: 'big/f 1.bin',
		uploadId: '2~abc',
		maxBytes: 20_000_000,
		partSize: 8 * 1024 * 1024,
		partCount: 3,
		expiresAt: '2026-01-01T01:00:00.000Z',
		parts: {
			first: signed(`${OBJECT}?partNumber=1&uploadId=2~abc`, 1),
			signatures: [sig(1), sig(2), sig(3)]
		},
		listParts: [signed(`${OBJECT}?max-parts=1000&part-number-marker=0&uploadId=2~abc`, 10)],
		complete: signed(`${OBJECT}?uploadId=2~abc`, 11),
		abort: signed(`${OBJECT}?uploadId=2~abc`, 12),
		deleteTicket: `${ORIGIN}/demo/big/.presign-tickets/ab12.json?${AUTH}&X-Amz-Signature=${sig(13)}`
	};
}
