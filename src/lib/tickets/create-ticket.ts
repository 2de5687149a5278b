// Creating an upload ticket: start the multipart upload, presign every request the recipient
// needs under one signing time and expiry, store them as the manifest, and link to the ticket
// page. Loaded only when someone creates a ticket.
import { presignRequestsAsync, type PresignRequestSpec } from '$lib/bulk/batch-sigv4';
import type { SigningTarget } from '$lib/links/connection';
import {
	createS3Client,
	createTransport,
	InputError,
	signingSecond,
	validateKey,
	validateSigningJob,
	type LinkSigner
} from '$lib/s3';
import {
	abortMultipartUpload,
	createMultipartUpload,
	LIST_PAGE,
	planParts
} from '$lib/s3/multipart';
import {
	manifestKey,
	signatureOf,
	TICKET_FOLDER,
	TICKET_FORMAT,
	type TicketManifest
} from './manifest';
import { ticketPageUrl } from './ticket-link';

export interface TicketRequest {
	target: SigningTarget;
	signer: LinkSigner;
	bucket: string;
	key: string;
	/** As typed: the largest file in GB (10^9 bytes), decimals allowed. */
	largestGb: string;
	expiresIn: number;
	now: Date;
	/** A random name for the manifest (hex). */
	id: string;
	/** The app's own address (`location.href`), for the ticket page link. */
	appHref: string;
	fetch?: typeof fetch;
}

export interface CreatedTicket {
	url: string;
	uploadId: string;
	manifestKey: string;
	maxBytes: number;
	partSize: number;
	signedAt: Date;
	expiresAt: Date;
}

const GB = 1e9;

/** The typed "Largest file (GB)" in bytes; throws InputError. */
export function largestFileBytes(text: string): number {
	const value = text.trim();
	if (!/^\d+(\.\d+)?$/.test(value)) {
		throw new InputError('Enter the largest file size in GB, e.g. 40 or 0.5.', 'largestGb');
	}
	const bytes = Math.round(Number(value) * GB);
	if (bytes < 1) throw new InputError('The largest file size must be more than 0 GB.', 'largestGb');
	return bytes;
}

function checkRequest(r: TicketRequest): void {
	if (r.signer !== 'v4') {
		throw new InputError(
			'Upload tickets are signed with SigV4 only (their links then last at most 7 days). Choose SigV4.',
			'method'
		);
	}
	validateSigningJob({
		...r.target,
		signer: 'v4',
		bucket: r.bucket,
		expiresIn: r.expiresIn,
		now: r.now
	});
	validateKey(r.key);
	if (`/${r.key}`.includes(`/${TICKET_FOLDER}`)) {
		throw new InputError(
			'The {folder} folder holds the tickets themselves; choose another key.',
			'key',
			{ folder: TICKET_FOLDER }
		);
	}
}

/** Starts the upload and stores its manifest; on any failure after the start, aborts the upload. */
export async function createTicket(r: TicketRequest, signal: AbortSignal): Promise<CreatedTicket> {
	const maxBytes = largestFileBytes(r.largestGb);
	const plan = planParts(maxBytes);
	checkRequest(r);
	const signedAt = signingSecond(r.now);
	const now = () => signedAt;
	const options = { ...r.target, now, fetch: r.fetch };
	const where = { ...r.target, bucket: r.bucket, key: r.key };
	const transport = createTransport(options);
	const uploadId = await createMultipartUpload(transport, where, signal);
	try {
		const ticketKey = manifestKey(r.key, r.id);
		const job = {
			...r.target,
			signer: 'v4' as const,
			bucket: r.bucket,
			expiresIn: r.expiresIn,
			now: signedAt
		};
		const upload: [string, string] = ['uploadId', uploadId];
		const requests: PresignRequestSpec[] = [
			{ method: 'GET', key: ticketKey },
			{ method: 'DELETE', key: ticketKey },
			{ method: 'POST', key: r.key, query: [upload] },
			{ method: 'DELETE', key: r.key, query: [upload] }
		];
		const pages = Math.ceil(plan.partCount / LIST_PAGE);
		for (let i = 0; i < pages; i++) {
			const query: [string, string][] = [
				['max-parts', String(LIST_PAGE)],
				['part-number-marker', String(i * LIST_PAGE)],
				upload
			];
			requests.push({ method: 'GET', key: r.key, query });
		}
		for (let n = 1; n <= plan.partCount; n++) {
			requests.push({ method: 'PUT', key: r.key, query: [['partNumber', String(n)], upload] });
		}
		const urls = await presignRequestsAsync(job, requests);
		const [getTicket, deleteTicket, complete, abort] = urls;
		const partUrls = urls.slice(4 + pages);
		const manifest: TicketManifest = {
			format: TICKET_FORMAT,
			version: 1,
			bucket: r.bucket,
			key: r.key,
			uploadId,
			maxBytes,
			partSize: plan.partSize,
			partCount: plan.partCount,
			expiresAt: new Date(signedAt.getTime() + r.expiresIn * 1000).toISOString(),
			parts: { first: partUrls[0], signatures: partUrls.map(signatureOf) },
			listParts: urls.slice(4, 4 + pages),
			complete,
			abort,
			deleteTicket
		};
		await createS3Client(options).putObject(
			{
				bucket: r.bucket,
				key: ticketKey,
				body: JSON.stringify(manifest),
				contentType: 'application/json'
			},
			signal
		);
		return {
			url: ticketPageUrl(r.appHref, getTicket),
			uploadId,
			manifestKey: ticketKey,
			maxBytes,
			partSize: plan.partSize,
			signedAt,
			expiresAt: new Date(manifest.expiresAt)
		};
	} catch (e) {
		// No manifest, no ticket: parts could never be sent, so the upload must not linger.
		await abortMultipartUpload(transport, where, uploadId, new AbortController().signal).catch(
			() => false
		);
		throw e;
	}
}

/** Aborts the ticket's upload and deletes its manifest (the sender's "Abort upload"). */
export async function abortTicket(
	target: SigningTarget & { now: () => Date; fetch?: typeof fetch },
	ticket: { bucket: string; key: string; uploadId: string; manifestKey: string },
	signal: AbortSignal
): Promise<void> {
	const where = { ...target, bucket: ticket.bucket, key: ticket.key };
	await abortMultipartUpload(createTransport(target), where, ticket.uploadId, signal);
	await createS3Client(target).deleteObject(
		{ bucket: ticket.bucket, key: ticket.manifestKey },
		signal
	);
}
