// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { S3Error } from './errors';
import {
	peekErrorCode,
	parseErrorBody,
	parseListBuckets,
	parseListObjects,
	s3ErrorFromResponse,
	XmlFormatError
} from './xml';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';

describe('parseListBuckets', () => {
	it('reads buckets and owner with the S3 namespace', () => {
		const r = parseListBuckets(
			`<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult ${NS}><Owner><ID>test</ID><DisplayName>Test</DisplayName></Owner>` +
				`<Buckets><Bucket><Name>alpha</Name><CreationDate>2024-06-15T12:00:00.000Z</CreationDate></Bucket><Bucket><Name>beta</Name></Bucket></Buckets></ListAllMyBucketsResult>`
		);
		expect(r.owner).toEqual({ id: 'test', displayName: 'Test' });
		expect(r.buckets.map((b) => b.name)).toEqual(['alpha', 'beta']);
		expect(r.buckets[0].creationDate?.toISOString()).toBe('2024-06-15T12:00:00.000Z');
	});

	it('refuses HTML and other roots', () => {
		expect(() => parseListBuckets('<html><body>hi</body>')).toThrow(XmlFormatError);
		expect(() => parseListBuckets('<Error><Code>X</Code></Error>')).toThrow(
			/Expected <ListAllMyBucketsResult>/
		);
	});
});

describe('parseListObjects', () => {
	it('decodes encoding-type=url keys (RGW %20 and %2F, AWS + for space) and keeps the V2 fields', () => {
		const r = parseListObjects(
			`<ListBucketResult ${NS}><Name>bkt</Name><Prefix>dir a/</Prefix><KeyCount>3</KeyCount><MaxKeys>2</MaxKeys>` +
				`<Delimiter>%2F</Delimiter><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>` +
				`<NextContinuationToken>tok/+=</NextContinuationToken>` +
				`<Contents><Key>dir%20a%2Fwith%20space.txt</Key><LastModified>2024-06-15T12:00:00.000Z</LastModified><ETag>&quot;abc&quot;</ETag><Size>12</Size><StorageClass>STANDARD</StorageClass></Contents>` +
				`<Contents><Key>dir+a/a%2Bb.txt</Key><Size>0</Size></Contents>` +
				`<CommonPrefixes><Prefix>dir%20a%2Fsub%2F</Prefix></CommonPrefixes></ListBucketResult>`
		);
		expect(r.version).toBe('v2');
		expect(r.objects.map((o) => o.key)).toEqual(['dir a/with space.txt', 'dir a/a+b.txt']);
		expect(r.objects[0]).toMatchObject({ size: 12, etag: '"abc"', storageClass: 'STANDARD' });
		expect(r.objects[0].lastModified?.toISOString()).toBe('2024-06-15T12:00:00.000Z');
		expect(r.commonPrefixes).toEqual(['dir a/sub/']);
		expect(r).toMatchObject({
			keyCount: 3,
			maxKeys: 2,
			isTruncated: true,
			delimiter: '/',
			nextContinuationToken: 'tok/+='
		});
	});

	it('leaves keys alone without encoding-type and reads V1 markers', () => {
		const r = parseListObjects(
			`<ListBucketResult><Name>b</Name><Prefix></Prefix><Marker>a%20</Marker><NextMarker>m</NextMarker><IsTruncated>false</IsTruncated>` +
				`<Contents><Key>100%25 a+b.txt</Key><Size>5</Size></Contents></ListBucketResult>`
		);
		expect(r).toMatchObject({
			version: 'v1',
			marker: 'a%20',
			nextMarker: 'm',
			isTruncated: false,
			prefix: ''
		});
		expect(r.objects[0].key).toBe('100%25 a+b.txt');
	});
});

describe('errors from bodies', () => {
	it('parses an AWS error', () => {
		const body = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>RequestTimeTooSkewed</Code><Message>The difference is too large.</Message><RequestId>R1</RequestId><HostId>H1</HostId><ServerTime>2024-06-15T12:00:00Z</ServerTime></Error>`;
		expect(parseErrorBody(body)?.code).toBe('RequestTimeTooSkewed');
		const e = s3ErrorFromResponse({ status: 403, body });
		expect(e).toBeInstanceOf(S3Error);
		expect(e).toMatchObject({
			code: 'RequestTimeTooSkewed',
			status: 403,
			message: 'The difference is too large.',
			requestId: 'R1',
			hostId: 'H1'
		});
		expect(e.serverTime?.toISOString()).toBe('2024-06-15T12:00:00.000Z');
	});

	it('gives a useful message for RGW empty <Message>', () => {
		const e = s3ErrorFromResponse({
			status: 403,
			body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message></Message><RequestId>tx1</RequestId></Error>'
		});
		expect(e.code).toBe('SignatureDoesNotMatch');
		expect(e.message).toMatch(/secret key/);
		expect(e.requestId).toBe('tx1');
	});

	it('maps empty bodies (HEAD) by status, with headers', () => {
		const headers = new Headers({ 'x-amz-request-id': 'REQ', 'x-amz-bucket-region': 'eu-west-1' });
		expect(s3ErrorFromResponse({ status: 404, body: '', notFoundCode: 'NoSuchKey' })).toMatchObject(
			{ code: 'NoSuchKey', message: 'The object does not exist.' }
		);
		expect(s3ErrorFromResponse({ status: 403, body: '', headers })).toMatchObject({
			code: 'AccessDenied',
			requestId: 'REQ',
			region: 'eu-west-1'
		});
		expect(
			s3ErrorFromResponse({ status: 418, statusText: "I'm a teapot", body: '' })
		).toMatchObject({ code: 'Http418', message: "The server answered HTTP 418 I'm a teapot." });
	});

	it('explains an HTML page from a proxy', () => {
		const e = s3ErrorFromResponse({
			status: 502,
			body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'
		});
		expect(e.code).toBe('InternalError');
		expect(e.message).toMatch(/web page \("502 Bad Gateway"\).*endpoint URL/);
	});

	it('peeks the error code at the start of a body cut short, and none from an empty one', () => {
		const start = '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Acc';
		expect(peekErrorCode(start)).toBe('AccessDenied');
		expect(peekErrorCode('<Error><Code>A&amp;B</Code></Error>')).toBe('A&B');
		expect(peekErrorCode('<Error><Code></Code></Error>')).toBeUndefined();
		expect(peekErrorCode('<html>Bad Gateway</html>')).toBeUndefined();
	});
});
