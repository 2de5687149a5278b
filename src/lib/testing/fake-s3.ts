// A client on a fake fetch, for the specs of the S3 client: it answers from a queue of replies
// and records every request it was sent.
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { createS3Client, type S3ClientOptions } from '../s3/client';
import { parseEndpoint } from '../s3/endpoint';

export interface Sent {
	url: string;
	method: string;
	headers: Record<string, string>;
	body?: unknown;
}

export type Reply =
	{ status?: number; body?: string; headers?: Record<string, string> } | Error | DOMException;

/** A fake fetch answering from a queue and recording what it was sent. */
export function fakeFetch(replies: Reply[]) {
	const sent: Sent[] = [];
	const fetch = (async (url: string, init: RequestInit) => {
		sent.push({
			url,
			method: init.method ?? 'GET',
			headers: init.headers as Record<string, string>,
			body: init.body
		});
		const reply = replies.shift() ?? { status: 200, body: '' };
		if (reply instanceof Error || reply instanceof DOMException) throw reply;
		const status = reply.status ?? 200;
		return new Response(status === 204 || init.method === 'HEAD' ? null : (reply.body ?? ''), {
			status,
			headers: reply.headers
		});
	}) as unknown as typeof globalThis.fetch;
	return { fetch, sent };
}

const NOW = new Date('2024-06-15T12:34:56Z');
export const signal = new AbortController().signal;

export function client(replies: Reply[], overrides: Partial<S3ClientOptions> = {}) {
	const { fetch, sent } = fakeFetch(replies);
	const c = createS3Client({
		endpoint: parseEndpoint('http://127.0.0.1:7480'),
		region: 'us-east-1',
		credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
		addressing: 'path',
		now: () => NOW,
		fetch,
		sha256: JsSha256,
		...overrides
	});
	return { c, sent };
}
