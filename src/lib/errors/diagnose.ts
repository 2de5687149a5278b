// Tells apart the three things a browser reports as the same TypeError: an endpoint that does
// not answer, a bucket without a CORS rule for this page, and an auth error sent without CORS
// headers (Ceph RGW 16.2 does that for expired, tampered and wrong-key requests).
import {
	DEADLINES,
	bucketLocation,
	isAbortError,
	serverDateOf,
	type Addressing,
	type Endpoint
} from '$lib/s3';
import type { NetworkVerdict } from './describe-error';

/** The caller's signal, cut short by the request deadline: a silent endpoint must not hang a probe. */
const inTime = (signal: AbortSignal) =>
	AbortSignal.any([signal, AbortSignal.timeout(DEADLINES.request)]);

/** True when anything answers at the endpoint: an opaque `no-cors` response still proves that. */
export async function endpointAnswers(endpoint: Endpoint, signal: AbortSignal): Promise<boolean> {
	try {
		await fetch(`${endpoint.origin}/`, {
			mode: 'no-cors',
			cache: 'no-store',
			credentials: 'omit',
			signal: inTime(signal)
		});
		return true;
	} catch (e) {
		if (isAbortError(e)) throw e; // the caller's abort; the deadline's is a 'TimeoutError'
		return false;
	}
}

/**
 * After a signed bucket request failed with a NetworkError: an unsigned GET needs no preflight,
 * and its answer (an AccessDenied, normally) is readable exactly when the bucket's CORS rule
 * allows this origin. Readable means the signed request itself was refused.
 */
export async function diagnoseBucket(
	endpoint: Endpoint,
	bucket: string,
	addressing: Addressing,
	signal: AbortSignal
): Promise<NetworkVerdict> {
	const loc = bucketLocation({ endpoint, bucket, addressing });
	try {
		const res = await fetch(`${loc.protocol}//${loc.urlHost}${loc.path}?max-keys=0`, {
			cache: 'no-store',
			credentials: 'omit',
			signal: inTime(signal)
		});
		await res.arrayBuffer();
		if (res.status === 404) return { kind: 'no-bucket' };
		return { kind: 'credentials', serverDate: serverDateOf(res) };
	} catch (e) {
		if (isAbortError(e)) throw e;
	}
	return (await endpointAnswers(endpoint, signal)) ? { kind: 'cors' } : { kind: 'unreachable' };
}
