import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fillPlaceholders } from '$lib/i18n/language';
import { japanese } from '$lib/testing/japanese';
import {
	InputError,
	NO_ANSWER_CAUSES,
	NetworkError,
	S3Error,
	SigningError,
	TimeoutError
} from '$lib/s3';
import { CORS_RULE } from '$lib/s3/cors-rule.js';
import { appCorsXml } from '../../../scripts/lib/s3-node.mjs';
import { corsCommands, corsJson, corsXml } from './cors-advice';
import { OFFLINE_MESSAGE, cancelledConnect, describeError, type ErrorView } from './describe-error';

const origin = 'https://app.example.com';

/** The text of every `<tag>` in `xml`, in order. */
const tagValues = (xml: string, tag: string) =>
	[...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

describe('CORS doctor data', () => {
	it('allows exactly this origin and exposes the headers the app reads', () => {
		const rule = JSON.parse(corsJson(origin)).CORSRules[0];
		expect(rule.AllowedOrigins).toEqual([origin]);
		expect(rule.ExposeHeaders).toEqual(CORS_RULE.exposeHeaders);
		expect(rule.AllowedHeaders).toEqual(CORS_RULE.allowedHeaders);
		expect(rule.MaxAgeSeconds).toBe(CORS_RULE.maxAgeSeconds);
		expect(rule.AllowedMethods).toContain('GET');
		expect(corsJson(origin)).toContain(
			'"AllowedMethods": ["GET", "HEAD", "PUT", "POST", "DELETE"]'
		);
	});

	it('writes the same rule as S3 XML', () => {
		const xml = corsXml(origin);
		expect(xml).toContain(`<AllowedOrigin>${origin}</AllowedOrigin>`);
		expect(tagValues(xml, 'ExposeHeader')).toEqual(CORS_RULE.exposeHeaders);
		expect(tagValues(xml, 'AllowedMethod')).toEqual(CORS_RULE.allowedMethods);
	});

	it('is the very rule the demo bucket gets from the seed script', () => {
		const demo = appCorsXml([origin]);
		for (const tag of ['AllowedMethod', 'AllowedHeader', 'ExposeHeader', 'MaxAgeSeconds']) {
			expect(tagValues(demo, tag), tag).toEqual(tagValues(corsXml(origin), tag));
		}
		// The script applies that function and keeps no header or method list of its own.
		const seed = readFileSync(new URL('../../../scripts/seed-demo.mjs', import.meta.url), 'utf8');
		expect(seed).toMatch(/putBucketCors\(client, 'demo', appCorsXml\(origins\)\)/);
		expect(seed).not.toMatch(/exposeHeaders\s*:|'ETag'|'x-amz-request-id'/);
	});

	it('exposes every header the app reads that CORS would otherwise hide', () => {
		const exposed = CORS_RULE.exposeHeaders.map((h) => h.toLowerCase());
		for (const name of ['etag', 'date', 'x-amz-request-id', 'x-amz-bucket-region', 'content-range'])
			expect(exposed, name).toContain(name);
	});

	it('gives commands with bucket, endpoint and origin filled in, quoted when needed', () => {
		const c = corsCommands({ origin, endpoint: 'http://127.0.0.1:7480', bucket: 'my.bucket' });
		expect(c.aws).toBe(
			'aws s3api put-bucket-cors --bucket my.bucket --cors-configuration file://cors.json --endpoint-url http://127.0.0.1:7480'
		);
		expect(c.s3cmd).toBe('s3cmd setcors cors.xml s3://my.bucket');
		expect(c.minio).toContain(`cors_allow_origin=${origin}`);
	});
});

describe('describeError', () => {
	const s3 = (code: string, extra = {}) =>
		new S3Error({ code, message: '', status: 403, body: '', requestId: 'tx1', ...extra });

	it('names each credential problem', () => {
		expect(describeError(s3('SignatureDoesNotMatch')).title).toBe('Wrong secret access key');
		expect(describeError(s3('InvalidAccessKeyId')).title).toBe('Unknown access key');
		expect(describeError(s3('AccessDenied'), { bucket: 'b' }).detail).toContain('“b”');
		expect(describeError(s3('NoSuchBucket'), { bucket: 'b' }).kind).toBe('no-bucket');
	});

	it('shows the clock difference of RequestTimeTooSkewed', () => {
		const view = describeError(
			s3('RequestTimeTooSkewed', { serverTime: new Date('2026-01-01T00:20:00Z') }),
			{ localMs: Date.parse('2026-01-01T00:00:00Z') }
		);
		expect(view.kind).toBe('skew');
		expect(view.skewMs).toBe(20 * 60_000);
		expect(view.detail).toContain('20 min ahead of this device');
	});

	it('turns a probed NetworkError into its real cause', () => {
		const e = new NetworkError('http://s3.test');
		const ctx = { bucket: 'b', origin, endpoint: 'http://s3.test' };
		expect(describeError(e, { ...ctx, verdict: { kind: 'unreachable' } }).kind).toBe('unreachable');
		const cors = describeError(e, { ...ctx, verdict: { kind: 'cors' } });
		expect(cors.kind).toBe('cors');
		expect(cors.cors).toEqual({ origin, endpoint: 'http://s3.test', bucket: 'b' });
		// A missing bucket looks the same from the page: the message names both causes.
		expect(cors.detail).toContain('Either there is no bucket “b” at this endpoint');
		expect(cors.detail).toContain(`or it has no CORS rule for ${origin}`);
		expect(describeError(e, { ...ctx, verdict: { kind: 'credentials' } }).kind).toBe('credentials');
		const skewed = describeError(e, {
			...ctx,
			localMs: 0,
			verdict: { kind: 'credentials', serverDate: new Date(16 * 60_000) }
		});
		expect(skewed.kind).toBe('skew');
	});

	it('says plainly that an offline device cannot reach the endpoint', () => {
		const e = new NetworkError('http://s3.test');
		// Offline wins over any probe verdict: the probes failed for the same reason.
		const view = describeError(e, {
			offline: true,
			verdict: { kind: 'cors' },
			bucket: 'b',
			origin
		});
		expect(view.kind).toBe('offline');
		expect(view.detail).toBe(
			'You are offline: the endpoint cannot be reached. Links can still be created.'
		);
		expect(view.detail).toBe(OFFLINE_MESSAGE);
		expect(view.cors).toBeUndefined();
	});

	it('names the likely causes when the endpoint kept silent, unless the device is offline', () => {
		const e = new TimeoutError('http://10.1.2.3:7480', 15_000);
		const view = describeError(e, { bucket: 'b', origin, verdict: { kind: 'cors' } });
		expect(view.kind).toBe('timeout');
		expect(view.title).toBe('No answer from the endpoint');
		expect(view.detail).toContain('No answer from http://10.1.2.3:7480 within 15 seconds.');
		expect(view.detail).toMatch(/not be reachable from this network.*VPN.*firewall.*down/);
		expect(view.cors).toBeUndefined();
		expect(describeError(e, { offline: true }).kind).toBe('offline');
	});

	it('says a cancelled Connect had no answer yet, and that the settings are kept', () => {
		const view = cancelledConnect('http://10.1.2.3:7480');
		expect(view.kind).toBe('cancelled');
		expect(view.title).toBe('Connect cancelled');
		expect(view.detail).toContain('No answer had come from http://10.1.2.3:7480 yet.');
		expect(view.detail).toContain('VPN');
		expect(view.detail).toContain('Your settings are kept');
	});

	it('names a non-S3 answer and a struggling server in words, not codes', () => {
		const page = s3('InvalidResponse', { status: 200, message: 'web page instead of S3 XML' });
		expect(describeError(page).title).toBe('Not an S3 answer');
		expect(describeError(page).detail).toBe('web page instead of S3 XML');
		const busy = s3('ServiceUnavailable', { status: 503, message: 'Try later.' });
		expect(describeError(busy).title).toBe('The server is having trouble (HTTP 503)');
		expect(describeError(busy).detail).toBe('Try later.');
		expect(describeError(s3('InternalError', { status: 500 })).detail).toBe(
			'Try again in a moment.'
		);
		expect(describeError(s3('NoSuchLifecycleConfiguration')).title).toBe(
			'The server answered NoSuchLifecycleConfiguration'
		);
	});
});

describe('error messages in Japanese', () => {
	const s3 = (code: string, extra = {}) =>
		new S3Error({ code, message: '', status: 403, body: '', ...extra });
	const net = new NetworkError('http://s3.test');
	const ctx = { bucket: 'b', origin, endpoint: 'http://s3.test', localMs: 0 };
	/** One view of every kind the page can show, and each sentence with values. */
	const views: ErrorView[] = [
		describeError(s3('SignatureDoesNotMatch')),
		describeError(s3('InvalidAccessKeyId')),
		describeError(s3('NoSuchBucket'), ctx),
		describeError(s3('NoSuchBucket')),
		describeError(s3('AccessDenied'), ctx),
		describeError(s3('RequestTimeTooSkewed'), ctx),
		describeError(s3('RequestTimeTooSkewed', { serverTime: new Date(20 * 60_000) }), ctx),
		describeError(s3('InvalidResponse', { message: 'not XML' })),
		describeError(s3('SlowDown', { status: 503 })),
		describeError(s3('NoSuchLifecycleConfiguration')),
		describeError(net, { offline: true }),
		describeError(new TimeoutError('http://s3.test', 15_000)),
		describeError(net, { ...ctx, verdict: { kind: 'unreachable' } }),
		describeError(net, { ...ctx, verdict: { kind: 'no-bucket' } }),
		describeError(net, { ...ctx, verdict: { kind: 'credentials' } }),
		describeError(net, {
			...ctx,
			verdict: { kind: 'credentials', serverDate: new Date(-16 * 60_000) }
		}),
		describeError(net, { ...ctx, verdict: { kind: 'cors' } }),
		describeError(net),
		describeError(new InputError('Enter a bucket name.')),
		describeError(new SigningError()),
		describeError(new Error('boom')),
		cancelledConnect('http://s3.test')
	];
	const translated = (english: string) => Object.hasOwn(japanese, english);

	it('keeps every title and detail as written, with its values apart, and each has Japanese', () => {
		for (const view of views) {
			const { title, detail } = view.written ?? view;
			expect(fillPlaceholders(title, view.params)).toBe(view.title);
			expect(fillPlaceholders(detail, view.params)).toBe(view.detail);
			expect(translated(title), title).toBe(true);
			// The server's own words, the exception's text and a bare status are values.
			if (
				!['not XML', 'boom', 'HTTP 403.'].includes(detail) &&
				!(view.kind === 'other' && !view.written)
			)
				expect(translated(detail), detail).toBe(true);
		}
	});

	it('passes English phrases among the values that have Japanese too', () => {
		// The offset is written again by the page, in its language, from `skewMs`.
		const phrases = views.flatMap((view) =>
			Object.entries(view.params ?? {})
				.filter(([name, value]) => name !== 'offset' && / /.test(String(value)))
				.map(([, value]) => String(value))
				.filter((value) => !/^(https?:|“)/.test(value))
		);
		expect(phrases).toContain('this bucket');
		expect(phrases).toContain(NO_ANSWER_CAUSES);
		for (const phrase of phrases) expect(translated(phrase), phrase).toBe(true);
	});

	it('fills the Japanese sentence with the same values', () => {
		const denied = views[4];
		const template = japanese[denied.written!.detail as keyof typeof japanese];
		expect(fillPlaceholders(template, denied.params)).toBe(
			'この認証情報には “b” の一覧を取得する権限がありません。所有者に s3:ListBucket の権限を依頼するか、別のバケットを開いてください。'
		);
	});
});
