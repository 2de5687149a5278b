// Creating what the presign form describes: a presigned URL, a relay link, or an upload ticket,
// signed with the form's context and added to its link history. Signing is local (it works
// without Connect and offline); only a ticket talks to the server.
import { keysExpiry, type ImportedExpiry } from '$lib/links/key-expiry';
import { toHex } from '$lib/format/codec';
import { linkOwner } from '$lib/links/link-owner';
import { checkOpening, parseValidFrom } from '$lib/links/valid-from';
import type { LinkSigner } from '$lib/s3';
import type { LinkRecord } from './links.svelte';
import type { PresignContext } from './presign-context';

/** MULTIPART: an upload ticket (a multipart upload the recipient sends through presigned URLs). */
export type Method = 'GET' | 'PUT' | 'MULTIPART';

/** The form's fields as typed. */
export interface LinkDraft {
	bucket: string;
	key: string;
	method: Method;
	expiresIn: string;
	validFrom: string;
	/** 'relay': a chain of SigV4 links carried by this app's `#/go` page, for more than 7 days. */
	signer: LinkSigner;
	filename: string;
	contentType: string;
	largestGb: string;
}

/** When links signed with `credentials` stop working, if known (see key-expiry). */
function keyExpiry(
	credentials: { accessKeyId: string; sessionToken?: string },
	imported?: ImportedExpiry | null
): Date | undefined {
	return keysExpiry(credentials, imported)?.at;
}

/** Signs `draft` (or starts its ticket) and adds it to the context's links. Throws on error. */
export function createLink(draft: LinkDraft, context: PresignContext): Promise<LinkRecord> {
	if (draft.method === 'MULTIPART') return createTicket(draft, context);
	return signLink({ ...draft, method: draft.method }, context);
}

async function signLink(
	draft: LinkDraft & { method: 'GET' | 'PUT' },
	context: PresignContext
): Promise<LinkRecord> {
	const { contentDispositionAttachment, presignUrl } = await import('$lib/s3/presign');
	const target = context.target();
	const keys = keysExpiry(target.credentials, context.importedExpiry?.());
	const filename = draft.filename.trim();
	const contentType = draft.contentType.trim();
	const query: [string, string][] = [];
	const headers: Record<string, string> = {};
	if (draft.method === 'GET' && filename) {
		query.push(['response-content-disposition', contentDispositionAttachment(filename)]);
	}
	if (draft.method === 'GET' && contentType) query.push(['response-content-type', contentType]);
	if (draft.method === 'PUT' && contentType) headers['content-type'] = contentType;
	const expiresIn = Number(draft.expiresIn.trim());
	const validFrom = parseValidFrom(draft.validFrom);
	const tokenExpiry = keyExpiry(target.credentials, context.importedExpiry?.());
	if (validFrom || draft.signer === 'relay') {
		const now = context.signingNow();
		checkOpening(validFrom ?? now, expiresIn, now, tokenExpiry);
	}
	const request = {
		...target,
		method: draft.method,
		bucket: draft.bucket.trim(),
		key: draft.key,
		now: validFrom ?? context.signingNow(),
		query,
		headers
	};
	if (draft.signer === 'relay') {
		const { signRelayLink } = await import('$lib/links/relay-link');
		const relay = await signRelayLink(request, expiresIn, tokenExpiry, location.href);
		return context.links.add({ ...relay, ...linkOwner(target) });
	}
	const link = await presignUrl({ ...request, signer: draft.signer, expiresIn });
	return context.links.add({
		url: link.url,
		method: link.method,
		signer: link.signer,
		bucket: link.bucket,
		key: link.key,
		signedAt: link.signedAt.toISOString(),
		expiresAt: link.expiresAt.toISOString(),
		tokenExpiresAt: keys?.at.toISOString(),
		tokenExpirySource: keys?.source,
		requiredHeaders: link.requiredHeaders,
		...linkOwner(target)
	});
}

/** Starts a multipart upload and stores its ticket (network: the code loads only when used). */
async function createTicket(draft: LinkDraft, context: PresignContext): Promise<LinkRecord> {
	const { createTicket } = await import('$lib/tickets/create-ticket');
	const target = context.target();
	const ticket = await createTicket(
		{
			target,
			signer: draft.signer,
			bucket: draft.bucket.trim(),
			key: draft.key,
			largestGb: draft.largestGb,
			expiresIn: Number(draft.expiresIn.trim()),
			now: context.signingNow(),
			id: toHex(crypto.getRandomValues(new Uint8Array(8))),
			appHref: location.href
		},
		new AbortController().signal
	);
	const tokenExpiry = keyExpiry(target.credentials, context.importedExpiry?.());
	return context.links.add({
		url: ticket.url,
		method: 'MULTIPART',
		signer: 'v4',
		bucket: draft.bucket.trim(),
		key: draft.key,
		signedAt: ticket.signedAt.toISOString(),
		expiresAt: ticket.expiresAt.toISOString(),
		tokenExpiresAt: tokenExpiry?.toISOString(),
		requiredHeaders: {},
		ticket: {
			uploadId: ticket.uploadId,
			manifestKey: ticket.manifestKey,
			maxBytes: ticket.maxBytes
		},
		...linkOwner(target)
	});
}
