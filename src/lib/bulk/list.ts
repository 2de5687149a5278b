// Every object under a prefix, recursively: ListObjectsV2 without a delimiter, page by page.
import type { S3Client } from '$lib/s3/client';
import type { BulkItem } from './types';

export interface ListAllOptions {
	signal: AbortSignal;
	/** Called after each page with the number of objects found so far. */
	onPage?: (found: number) => void;
	maxKeys?: number;
}

/** All objects under `prefix` (folder markers included: they have size 0 and a trailing `/`). */
export async function listAllObjects(
	client: Pick<S3Client, 'listObjectsV2'>,
	bucket: string,
	prefix: string,
	{ signal, onPage, maxKeys = 1000 }: ListAllOptions
): Promise<BulkItem[]> {
	const items: BulkItem[] = [];
	let continuationToken: string | undefined;
	do {
		const page = await client.listObjectsV2({ bucket, prefix, continuationToken, maxKeys }, signal);
		for (const o of page.objects) items.push({ key: o.key, size: o.size });
		onPage?.(items.length);
		continuationToken = page.isTruncated ? page.nextContinuationToken : undefined;
	} while (continuationToken);
	return items;
}
