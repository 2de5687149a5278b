import { describe, expect, it } from 'vitest';
import { NetworkError, S3Error } from '$lib/s3';
import { corsCommands, corsJson, corsXml, describeError } from './errors';

const origin = 'https://app.example.com';

describe('CORS doctor data', () => {
	it('allows exactly this origin and exposes the headers the app reads', () => {
		const rule = JSON.parse(corsJson(origin)).CORSRules[0];
		expect(rule.AllowedOrigins).toEqual([origin]);
		expect(rule.ExposeHeaders).toEqual(['ETag', 'Date', 'x-amz-request-id']);
		expect(rule.AllowedMethods).toContain('GET');
		expect(corsJson(origin)).toContain(
			'"AllowedMethods": ["GET", "HEAD", "PUT", "POST", "DELETE"]'
		);
	});

	it('writes the same rule as S3 XML', () => {
		const xml = corsXml(origin);
		expect(xml).toContain(`<AllowedOrigin>${origin}</AllowedOrigin>`);
		expect(xml).toContain('<ExposeHeader>x-amz-request-id</ExposeHeader>');
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
		expect(describeError(e, { ...ctx, verdict: { kind: 'credentials' } }).kind).toBe('credentials');
		const skewed = describeError(e, {
			...ctx,
			localMs: 0,
			verdict: { kind: 'credentials', serverDate: new Date(16 * 60_000) }
		});
		expect(skewed.kind).toBe('skew');
	});
});
