import { describe, expect, it } from 'vitest';
import type { ListObjectsV2Params } from '$lib/s3/client';
import { listAllObjects } from './list';

describe('listAllObjects', () => {
	it('reads every page without a delimiter', async () => {
		const calls: ListObjectsV2Params[] = [];
		const client = {
			async *listObjectsV2Pages(p: ListObjectsV2Params) {
				calls.push(p);
				for (let page = 0; page < 3; page++)
					yield {
						version: 'v2' as const,
						prefix: p.prefix ?? '',
						isTruncated: page < 2,
						nextContinuationToken: page < 2 ? String(page + 1) : undefined,
						objects: [{ key: `p/${page}/a`, size: page }],
						commonPrefixes: []
					};
			}
		};
		const found: number[] = [];
		const items = await listAllObjects(client, 'demo', 'p/', {
			signal: new AbortController().signal,
			onPage: (n) => found.push(n)
		});
		expect(items).toEqual([0, 1, 2].map((n) => ({ key: `p/${n}/a`, size: n })));
		expect(found).toEqual([1, 2, 3]);
		expect(calls.every((c) => c.delimiter === undefined && c.prefix === 'p/')).toBe(true);
		expect(calls).toEqual([{ bucket: 'demo', prefix: 'p/', maxKeys: 1000 }]);
	});
});
