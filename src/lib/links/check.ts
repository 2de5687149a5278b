// "Does this link still work?" One GET of the first byte (Range: bytes=0-0): a presigned GET
// signature covers the method, so HEAD would be refused even for a good link. A server may
// ignore Range and send the whole object, so the body is never read past what the verdict needs.
import { inEnglish, type Say } from '$lib/i18n/in-english';
import { peekErrorCode } from '$lib/s3/xml';

/** An S3 error document is a few hundred bytes; more than this is not one worth reading. */
const ERROR_BODY_LIMIT = 64 * 1024;

export type CheckOutcome =
	| { kind: 'works'; status: number; size?: number; contentType?: string }
	| { kind: 'refused'; status: number; code?: string }
	| { kind: 'missing'; status: number }
	| { kind: 'unreachable' };

/** Total object size from `Content-Range: bytes 0-0/1234`. */
function totalSize(res: Response): number | undefined {
	const range = /\/(\d+)$/.exec(res.headers.get('content-range') ?? '');
	if (range) return Number(range[1]);
	const length = res.headers.get('content-length');
	return res.status === 200 && length !== null ? Number(length) : undefined;
}

/** The first `limit` bytes of the body as text, then the rest is cancelled (never downloaded). */
async function readStart(res: Response, limit: number): Promise<string> {
	const reader = res.body?.getReader();
	if (!reader) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		while (size < limit) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			size += value.byteLength;
		}
	} catch {
		// the connection broke mid-body: judge by what arrived
	} finally {
		reader.cancel().catch(() => {});
	}
	const decoder = new TextDecoder();
	return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('');
}

/** Tries a GET link from this browser. Rejects only with an AbortError. */
export async function checkLink(
	url: string,
	signal: AbortSignal,
	doFetch: typeof fetch = fetch
): Promise<CheckOutcome> {
	let res: Response;
	try {
		res = await doFetch(url, {
			method: 'GET',
			headers: { range: 'bytes=0-0' },
			cache: 'no-store',
			credentials: 'omit',
			referrerPolicy: 'no-referrer',
			signal
		});
	} catch (e) {
		if (signal.aborted) throw e;
		return { kind: 'unreachable' };
	}
	// 416: the signature was accepted, the object is just empty.
	if (res.ok || res.status === 416) {
		// The headers are the verdict; a body (one byte, or all of it) is never read.
		res.body?.cancel().catch(() => {});
		return {
			kind: 'works',
			status: res.status,
			size: res.status === 416 ? 0 : totalSize(res),
			contentType: res.headers.get('content-type') ?? undefined
		};
	}
	const body = await readStart(res, ERROR_BODY_LIMIT);
	if (signal.aborted) throw signal.reason;
	const code = peekErrorCode(body);
	if (res.status === 404) return { kind: 'missing', status: 404 };
	return { kind: 'refused', status: res.status, code };
}

/** One sentence a person can act on; `locale` writes the size's digits. */
export function describeOutcome(
	outcome: CheckOutcome,
	say: Say = inEnglish,
	locale = 'en'
): string {
	switch (outcome.kind) {
		case 'works':
			return outcome.size === undefined
				? say({ key: 'The link works (HTTP {status}).', params: { status: outcome.status } })
				: say({
						key: 'The link works (HTTP {status}): the object has {bytes} bytes.',
						params: { status: outcome.status, bytes: outcome.size.toLocaleString(locale) }
					});
		case 'missing':
			return say({
				key: 'The link is signed correctly but the object is gone (404): it was deleted or renamed.'
			});
		case 'refused':
			return say({
				key: "The server refused the link (HTTP {status}): it has expired, the object's permissions changed, or the credentials were revoked.",
				params: { status: outcome.code ? `${outcome.status} ${outcome.code}` : outcome.status }
			});
		case 'unreachable':
			return say({
				key: 'No readable answer. Either the server is unreachable, or it refused the link: some servers (Ceph RGW among them) send 403 errors without CORS headers, which the browser reports as a network error. Open the link in a new tab, or use the curl command, to see the real answer.'
			});
	}
}
