// @vitest-environment jsdom
// Part planning and the multipart XML bodies: what S3 allows, and what RGW and AWS send back.
import { describe, expect, it } from 'vitest';
import { InputError } from './errors';
import {
	completeBody,
	completeFailure,
	MAX_OBJECT_SIZE,
	MAX_PARTS,
	MIN_PART_SIZE,
	parseListParts,
	partRange,
	partsFor,
	planParts
} from './multipart';
import { XmlFormatError } from './xml';

const MiB = 1024 * 1024;

describe('planParts', () => {
	it('uses 8 MiB parts while that stays within 10,000 parts', () => {
		expect(planParts(48 * MiB)).toEqual({ partSize: 8 * MiB, partCount: 6 });
		expect(planParts(1)).toEqual({ partSize: 8 * MiB, partCount: 1 });
		expect(planParts(100_000_000)).toEqual({ partSize: 8 * MiB, partCount: 12 });
		expect(planParts(10_000 * 8 * MiB)).toEqual({ partSize: 8 * MiB, partCount: 10_000 });
	});

	it('grows the part size in whole MiB beyond that, never past 10,000 parts', () => {
		expect(planParts(10_000 * 8 * MiB + 1)).toEqual({ partSize: 9 * MiB, partCount: 8_889 });
		for (const gb of [40, 100, 999.9, 5000]) {
			const bytes = Math.round(gb * 1e9);
			const { partSize, partCount } = planParts(bytes);
			expect(partSize % MiB).toBe(0);
			expect(partSize).toBeGreaterThanOrEqual(MIN_PART_SIZE);
			expect(partCount).toBeLessThanOrEqual(MAX_PARTS);
			expect(partSize * partCount).toBeGreaterThanOrEqual(bytes);
			expect(partSize * (partCount - 1)).toBeLessThan(bytes);
		}
		expect(planParts(MAX_OBJECT_SIZE).partCount).toBeLessThanOrEqual(MAX_PARTS);
	});

	it('refuses sizes S3 cannot store, naming the field', () => {
		for (const bad of [0, -1, 1.5, NaN, MAX_OBJECT_SIZE + 1]) {
			expect(() => planParts(bad)).toThrow(InputError);
		}
		expect(() => planParts(MAX_OBJECT_SIZE + 1)).toThrow(/5 TiB/);
	});

	it('cuts a file into ranges that cover it exactly', () => {
		const size = 20 * MiB + 3;
		const n = partsFor(size, 8 * MiB);
		expect(n).toBe(3);
		const ranges = Array.from({ length: n }, (_, i) => partRange(i + 1, 8 * MiB, size));
		expect(ranges).toEqual([
			[0, 8 * MiB],
			[8 * MiB, 16 * MiB],
			[16 * MiB, size]
		]);
		expect(partsFor(0, 8 * MiB)).toBe(1);
	});
});

describe('ListParts and CompleteMultipartUpload bodies', () => {
	const listing = (truncated: boolean, parts: string) =>
		`<?xml version="1.0" encoding="UTF-8"?><ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>demo</Bucket><Key>k</Key><UploadId>2~x</UploadId><IsTruncated>${truncated}</IsTruncated>${parts}</ListPartsResult>`;
	const part = (n: number, etag: string, size: number) =>
		`<Part><LastModified>2026-01-01T00:00:00.000Z</LastModified><PartNumber>${n}</PartNumber><ETag>&quot;${etag}&quot;</ETag><Size>${size}</Size></Part>`;

	it('reads the parts on the server', () => {
		expect(parseListParts(listing(true, part(1, 'a1', 8) + part(3, 'c3', 5)))).toEqual({
			parts: [
				{ partNumber: 1, etag: '"a1"', size: 8 },
				{ partNumber: 3, etag: '"c3"', size: 5 }
			],
			isTruncated: true
		});
		expect(parseListParts(listing(false, ''))).toEqual({ parts: [], isTruncated: false });
	});

	it('refuses a listing that is not one, or a part without an ETag', () => {
		expect(() => parseListParts('<html>proxy</html>')).toThrow(XmlFormatError);
		expect(() => parseListParts(listing(false, '<Part><PartNumber>1</PartNumber></Part>'))).toThrow(
			XmlFormatError
		);
	});

	it('writes the parts in order, ETags escaped', () => {
		const body = completeBody(
			new Map([
				[2, '"b<2>"'],
				[1, '"a1"']
			])
		);
		expect(body).toBe(
			'<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&#34;a1&#34;</ETag></Part>' +
				'<Part><PartNumber>2</PartNumber><ETag>&#34;b&#60;2&#62;&#34;</ETag></Part></CompleteMultipartUpload>'
		);
	});

	it('finds the error S3 may put inside a 200 answer to Complete', () => {
		expect(
			completeFailure(
				'<CompleteMultipartUploadResult><Location>x</Location><ETag>"e-2"</ETag></CompleteMultipartUploadResult>'
			)
		).toBeUndefined();
		expect(
			completeFailure('<Error><Code>InternalError</Code><Message>Try again.</Message></Error>')
		).toEqual({ code: 'InternalError', message: 'Try again.' });
		expect(completeFailure('')).toMatchObject({ code: 'InvalidResponse' });
	});
});
