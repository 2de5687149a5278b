import { describe, expect, it } from 'vitest';
import { parseEndpoint } from './endpoint';
import { request, vectors } from './fixtures/vectors';
import { InputError } from './errors';
import { MAX_V4_EXPIRES_SECONDS } from './expiry';
import { presignUrl } from './presign';
import {
	amzDate,
	presignRelay,
	RELAY_STEP_SECONDS,
	relayMoment,
	relayWindows,
	windowSpan,
	windowUrl,
	type RelayRequest
} from './relay';

const DAY = 86400;
const START = new Date('2026-03-01T09:30:15.750Z');

const base: RelayRequest = {
	method: 'GET',
	endpoint: parseEndpoint('http://127.0.0.1:7480'),
	region: 'us-east-1',
	addressing: 'path',
	bucket: 'demo',
	key: 'reports/ファイル 1.txt',
	credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret/with+chars' },
	now: START,
	totalSeconds: 30 * DAY,
	query: [['response-content-disposition', 'attachment; filename="a b.txt"']]
};

describe('relayWindows', () => {
	const totals = [1, 7 * DAY, 7 * DAY + 1, 13 * DAY, 13 * DAY + 1, 30 * DAY, 90 * DAY, 365 * DAY];
	for (const total of totals) {
		it(`covers ${total} s from the start to the end with a day of overlap and no gap`, () => {
			const spans = relayWindows(total);
			expect(spans[0].offset).toBe(0);
			for (const [k, span] of spans.entries()) {
				expect(span.offset).toBe(k * RELAY_STEP_SECONDS);
				expect(span.expiresIn).toBeGreaterThanOrEqual(1);
				expect(span.expiresIn).toBeLessThanOrEqual(MAX_V4_EXPIRES_SECONDS);
				if (k > 0) {
					const previousEnd = spans[k - 1].offset + spans[k - 1].expiresIn;
					// The next window opens a full day before the previous one ends: no gap, room for slack.
					expect(previousEnd - span.offset).toBe(DAY);
				}
			}
			const last = spans[spans.length - 1];
			expect(last.offset + last.expiresIn).toBe(total);
			// No window is signed that nothing needs: the one before the last ends before the end.
			if (spans.length > 1) {
				const before = spans[spans.length - 2];
				expect(before.offset + before.expiresIn).toBeLessThan(total);
			}
		});
	}

	it('needs 15 windows for 90 days and 61 for a year', () => {
		expect(relayWindows(90 * DAY)).toHaveLength(15);
		expect(relayWindows(365 * DAY)).toHaveLength(61);
	});
});

describe('presignRelay', () => {
	it('signs every window byte for byte as presignUrl signs a single link dated then', async () => {
		const link = await presignRelay(base);
		expect(link.windows).toHaveLength(5);
		const start = Math.floor(START.getTime() / 1000);
		expect(link.start).toBe(start);
		expect(link.end).toBe(start + 30 * DAY);
		for (const [k, span] of relayWindows(30 * DAY).entries()) {
			const single = await presignUrl({
				...base,
				signer: 'v4',
				now: new Date((start + span.offset) * 1000),
				expiresIn: span.expiresIn
			});
			expect(windowUrl(link, k)).toBe(single.url);
			const q = new URL(single.url).searchParams;
			expect(q.get('X-Amz-Date')).toBe(amzDate(new Date((start + span.offset) * 1000)));
			expect(q.get('X-Amz-Expires')).toBe(String(span.expiresIn));
		}
	});

	it('keeps a PUT link’s signed content type and a session token in every window', async () => {
		const put: RelayRequest = {
			...base,
			method: 'PUT',
			query: [],
			headers: { 'Content-Type': 'text/plain' },
			credentials: { ...base.credentials, sessionToken: 'token/with=chars' }
		};
		const link = await presignRelay(put);
		expect(link.contentType).toBe('text/plain');
		expect(link.sessionToken).toBe('token/with=chars');
		const last = link.windows.length - 1;
		const single = await presignUrl({
			...put,
			signer: 'v4',
			now: new Date((link.start + link.windows[last].offset) * 1000),
			expiresIn: windowSpan(link, last).until - windowSpan(link, last).from
		});
		expect(windowUrl(link, last)).toBe(single.url);
	});

	// With one window the relay is a plain SigV4 link: it must then be botocore's URL exactly.
	const cases = vectors.filter(
		(v) => v.signer === 'v4' && !v.expectSmithyReject && (v.method === 'GET' || v.method === 'PUT')
	);
	it(`matches botocore for the ${cases.length} SigV4 GET and PUT vector cases`, async () => {
		expect(cases.length).toBeGreaterThan(20);
		for (const v of cases) {
			const single = request(v);
			const link = await presignRelay({
				...single,
				method: v.method as 'GET' | 'PUT',
				totalSeconds: single.expiresIn
			});
			expect(link.windows, v.id).toHaveLength(1);
			expect(windowUrl(link, 0), v.id).toBe(v.expected.url);
		}
	});

	it('refuses what no window can carry, with the field to point at', async () => {
		await expect(presignRelay({ ...base, totalSeconds: 0 })).rejects.toBeInstanceOf(InputError);
		await expect(presignRelay({ ...base, totalSeconds: 3651 * DAY })).rejects.toThrow(
			/at most 10 years/
		);
		await expect(presignRelay({ ...base, key: '' })).rejects.toMatchObject({ field: 'key' });
	});
});

describe('relayMoment', () => {
	it('says "before" until the start, then picks the covering window with the most time left', async () => {
		const link = await presignRelay(base);
		const at = (seconds: number) => relayMoment(link, (link.start + seconds) * 1000);
		expect(at(-1)).toEqual({ kind: 'before', opensAt: new Date(link.start * 1000) });
		expect(at(0)).toMatchObject({ kind: 'open', index: 0, url: windowUrl(link, 0) });
		// Day 6.5 is in windows 0 and 1: window 1 has six more days.
		expect(at(6.5 * DAY)).toMatchObject({ kind: 'open', index: 1 });
		expect(at(10 * DAY)).toMatchObject({ kind: 'open', index: 1 });
		const lastDay = at(30 * DAY - 1);
		expect(lastDay).toMatchObject({ kind: 'open', index: 4 });
		if (lastDay.kind === 'open') expect(lastDay.until.getTime()).toBe(link.end * 1000);
		expect(at(30 * DAY)).toEqual({ kind: 'expired', endedAt: new Date(link.end * 1000) });
	});

	it('every moment inside the link finds a window whose dates contain it', async () => {
		const link = await presignRelay({ ...base, totalSeconds: 90 * DAY });
		for (let s = 0; s < 90 * DAY; s += 3 * 3600 + 17) {
			const moment = relayMoment(link, (link.start + s) * 1000);
			expect(moment.kind).toBe('open');
			if (moment.kind !== 'open') continue;
			const q = new URL(moment.url).searchParams;
			const from = Date.parse(
				(q.get('X-Amz-Date') ?? '').replace(
					/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/,
					'$1-$2-$3T$4:$5:$6Z'
				)
			);
			const now = (link.start + s) * 1000;
			expect(from).toBeLessThanOrEqual(now);
			expect(now).toBeLessThan(from + Number(q.get('X-Amz-Expires')) * 1000);
		}
	});
});
