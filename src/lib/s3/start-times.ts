// Does this server hold a presigned link back until its X-Amz-Date? AWS and MinIO do (403 "Request
// is not yet valid"); Ceph RGW 16.2 does not: a future-dated link works at once. One cheap probe
// tells them apart: a HEAD on the bucket, presigned with a date hours ahead.
import { bucketLocation, checkSeparateOrigin, locationOrigin } from './endpoint';
import { validateBucketName } from './presign';
import { presignV4, type Credentials } from './sigv4';

/** 'ignored': future-dated links work at once; 'honoured': refused until their date. */
export type StartTimes = 'ignored' | 'honoured' | 'unknown';

export interface StartTimesProbe {
	endpoint: Parameters<typeof bucketLocation>[0]['endpoint'];
	addressing: Parameters<typeof bucketLocation>[0]['addressing'];
	region: string;
	credentials: Credentials;
	pageOrigin?: string;
	bucket: string;
	now: Date;
	fetch?: typeof fetch;
	signal?: AbortSignal;
}

/** Far beyond any server's allowance for clock differences (AWS allows 15 minutes). */
export const PROBE_AHEAD_MS = 3 * 3600 * 1000;
const PROBE_DEADLINE_MS = 15_000;

/** Presigns a HEAD on the bucket dated PROBE_AHEAD_MS ahead and reads the answer. */
export async function probeStartTimes(input: StartTimesProbe): Promise<StartTimes> {
	validateBucketName(input.bucket);
	const loc = bucketLocation(input);
	checkSeparateOrigin(locationOrigin(loc), input.pageOrigin);
	const ahead = new Date(Math.floor((input.now.getTime() + PROBE_AHEAD_MS) / 1000) * 1000);
	const { url } = await presignV4({
		method: 'HEAD',
		protocol: loc.protocol,
		host: loc.host,
		urlHost: loc.urlHost,
		path: loc.path,
		region: input.region,
		credentials: input.credentials,
		expiresIn: 300,
		now: ahead
	});
	const signals = [AbortSignal.timeout(PROBE_DEADLINE_MS), ...(input.signal ? [input.signal] : [])];
	try {
		const res = await (input.fetch ?? fetch)(url, {
			method: 'HEAD',
			signal: AbortSignal.any(signals)
		});
		if (res.ok) return 'ignored';
		return res.status === 403 ? 'honoured' : 'unknown';
	} catch {
		// No answer, or one without CORS headers (RGW's 403s have none): nothing learned.
		return 'unknown';
	}
}
