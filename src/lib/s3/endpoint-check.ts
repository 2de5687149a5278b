// The endpoint's powers, from cheap signed requests on an opened bucket: SigV2 accepted or
// refused (a SigV2-signed HeadBucket), the server's clock offset, what the bucket's CORS rule
// exposes, whether PUT and POST pass CORS from this origin, and bucket versioning. Every probe
// may go unanswered: the result is then 'unknown', never an error.
import { startDeadline, type DeadlineTimers } from './deadline';
import {
	bucketLocation,
	encodeKey,
	type Addressing,
	type Endpoint,
	type Location
} from './endpoint';
import { NetworkError, S3Error, TimeoutError, isAbortError } from './errors';
import { exposes, parseCorsConfiguration, ruleFor } from './cors-config';
import { presignV2 } from './sigv2';
import type { Credentials } from './sigv4';
import { createTransport, serverDateOf, type SignedCall } from './transport';
import { parseListObjects, parseXml } from './xml';

export type Answer = 'yes' | 'no' | 'unknown';
export type SigV2Answer = 'accepted' | 'refused' | 'unknown';
export type Versioning = 'Enabled' | 'Suspended' | 'never enabled' | 'unknown';
export const CHECKED_HEADERS = ['ETag', 'Date', 'Content-Range'] as const;
export type CheckedHeader = (typeof CHECKED_HEADERS)[number];

export interface EndpointReport {
	sigV2: SigV2Answer;
	/** Server time minus local time in ms, from a readable `Date` header; null when unknown. */
	clockOffsetMs: number | null;
	exposes: Record<CheckedHeader, Answer>;
	methods: Record<'PUT' | 'POST', Answer>;
	versioning: Versioning;
}

export interface EndpointCheckInput {
	endpoint: Endpoint;
	region: string;
	addressing: Addressing;
	credentials: Credentials;
	bucket: string;
	/** This page's origin, which the CORS rule must allow. */
	origin: string;
	now: () => Date;
	/** Random text for the probe's object key (nothing is ever written there). */
	nonce: string;
	fetch?: typeof fetch;
	timers?: DeadlineTimers;
	/** Milliseconds each probe may take. */
	deadlineMs?: number;
}

type Outcome = { answered: true; res?: Response; text: string } | { answered: false };

/** Runs every probe; resolves with what could be learnt, rejects only on `signal`'s abort. */
export async function checkEndpoint(
	input: EndpointCheckInput,
	signal: AbortSignal
): Promise<EndpointReport> {
	const doFetch = input.fetch ?? globalThis.fetch.bind(globalThis);
	const deadlineMs = input.deadlineMs ?? 10_000;
	const transport = createTransport({
		region: input.region,
		credentials: input.credentials,
		now: input.now,
		fetch: doFetch,
		timers: input.timers,
		deadlines: { request: deadlineMs },
		pageOrigin: input.origin
	});
	const loc = bucketLocation(input);
	const ask = (call: SignedCall) => answer(() => transport.send(call, signal), signal);

	const sentAt = input.now().getTime();
	const head = await ask({ method: 'HEAD', loc });
	const serverDate = head.answered ? head.res && serverDateOf(head.res) : undefined;
	const clockOffsetMs = serverDate
		? serverDate.getTime() - (sentAt + input.now().getTime()) / 2
		: null;
	// An answer to SigV4 proves CORS lets this page read the bucket: a later silence is a refusal.
	const reachable = head.answered;
	const silence: Answer = reachable ? 'no' : 'unknown';

	const [sigV2, cors, put, post, versioning] = await Promise.all([
		probeSigV2(input, doFetch, deadlineMs, signal).then((a) =>
			a === 'unknown' && reachable ? 'refused' : a
		),
		ask({ method: 'GET', loc, query: [['cors', '']] }),
		ask({
			method: 'PUT',
			...objectPath(input),
			headers: {
				'x-amz-copy-source': `/${encodeKey(input.bucket)}/${encodeKey(`.probe-source-${input.nonce}`)}`
			}
		}),
		ask({ method: 'POST', loc, query: [['delete', '']], body: '<Delete></Delete>' }),
		ask({ method: 'GET', loc, query: [['versioning', '']] })
	]);

	// Servers that give the CORS rule itself no CORS headers (Ceph RGW): watch a real answer.
	let exposed = exposedHeaders(cors, input.origin, serverDate !== undefined);
	if (exposed.ETag === 'unknown' && reachable) exposed = await observedHeaders(ask, loc, exposed);

	return {
		sigV2,
		clockOffsetMs,
		exposes: exposed,
		methods: {
			PUT: put.answered ? 'yes' : silence,
			POST: post.answered ? 'yes' : silence
		},
		versioning: versioningOf(versioning)
	};
}

/**
 * Which headers a browser may read from a one-byte ranged GET of the first non-empty object
 * listed: S3 always sends ETag and Content-Range there, so an absent one is not exposed.
 */
async function observedHeaders(
	ask: (call: SignedCall) => Promise<Outcome>,
	loc: Location,
	known: Record<CheckedHeader, Answer>
): Promise<Record<CheckedHeader, Answer>> {
	const listing = await ask({
		method: 'GET',
		loc,
		query: [
			['list-type', '2'],
			['max-keys', '20']
		]
	});
	if (!listing.answered || !listing.res) return known;
	let key: string | undefined;
	try {
		key = parseListObjects(listing.text).objects.find((o) => o.size > 0)?.key;
	} catch {
		return known;
	}
	if (key === undefined) return known;
	const path = `${loc.path.replace(/\/$/, '')}/${encodeKey(key)}`;
	const got = await ask({ method: 'GET', loc: { ...loc, path }, headers: { range: 'bytes=0-0' } });
	if (!got.answered || !got.res) return known;
	const seen = (name: string): Answer => (got.res?.headers.get(name) ? 'yes' : 'no');
	return { ...known, ETag: seen('etag'), 'Content-Range': seen('content-range') };
}

/** A PUT target that does not exist and is never written: a copy from a missing source. */
function objectPath(input: EndpointCheckInput): { loc: SignedCall['loc'] } {
	const base = bucketLocation(input);
	const key = encodeKey(`.endpoint-check-${input.nonce}`);
	const path = base.path.endsWith('/') ? `${base.path}${key}` : `${base.path}/${key}`;
	return { loc: { ...base, path } };
}

/** Any readable answer (even an S3 error) is an answer; silence and deadlines are not. */
async function answer(
	send: () => Promise<{ res: Response; text: string }>,
	signal: AbortSignal
): Promise<Outcome> {
	try {
		const { res, text } = await send();
		return { answered: true, res, text };
	} catch (e) {
		if (signal.aborted) throw e;
		if (e instanceof S3Error) return { answered: true, text: '' };
		if (e instanceof NetworkError || e instanceof TimeoutError || isAbortError(e)) {
			return { answered: false };
		}
		throw e;
	}
}

/** A SigV2-signed HeadBucket: 2xx or 404 means the signature was accepted. */
async function probeSigV2(
	input: EndpointCheckInput,
	doFetch: typeof fetch,
	deadlineMs: number,
	signal: AbortSignal
): Promise<SigV2Answer> {
	const loc = bucketLocation(input);
	const path = loc.path.endsWith('/') ? loc.path : `${loc.path}/`;
	const { url } = await presignV2({
		method: 'HEAD',
		protocol: loc.protocol,
		urlHost: loc.urlHost,
		path,
		resourcePath: `/${encodeKey(input.bucket)}/`,
		credentials: input.credentials,
		expiresIn: 300,
		now: input.now()
	});
	const deadline = startDeadline(deadlineMs, input.timers);
	try {
		const res = await doFetch(url, {
			method: 'HEAD',
			signal: AbortSignal.any([signal, deadline.signal])
		});
		if (res.ok || res.status === 404 || res.status === 301) return 'accepted';
		return res.status === 400 || res.status === 403 ? 'refused' : 'unknown';
	} catch (e) {
		if (signal.aborted) throw e;
		return 'unknown';
	} finally {
		deadline.clear();
	}
}

function exposedHeaders(
	cors: Outcome,
	origin: string,
	dateRead: boolean
): Record<CheckedHeader, Answer> {
	const result: Record<CheckedHeader, Answer> = {
		ETag: 'unknown',
		Date: 'unknown',
		'Content-Range': 'unknown'
	};
	if (cors.answered && cors.res) {
		try {
			const rule = ruleFor(parseCorsConfiguration(cors.text), origin);
			for (const h of CHECKED_HEADERS) result[h] = rule && exposes(rule, h) ? 'yes' : 'no';
		} catch {
			// Not XML: leave 'unknown'.
		}
	}
	if (dateRead) result.Date = 'yes';
	return result;
}

function versioningOf(outcome: Outcome): Versioning {
	if (!outcome.answered || !outcome.res) return 'unknown';
	try {
		const status = parseXml(outcome.text).getElementsByTagName('Status')[0];
		const value = status?.textContent?.trim();
		return value === 'Enabled' || value === 'Suspended' ? value : 'never enabled';
	} catch {
		return 'unknown';
	}
}
