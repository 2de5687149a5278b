// Every object under a prefix, recursively: ListObjectsV2 without a delimiter, page by page
// (the client asks for the next page while it parses this one).
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
	client: Pick<S3Client, 'listObjectsV2Pages'>,
	bucket: string,
	prefix: string,
	{ signal, onPage, maxKeys = 1000 }: ListAllOptions
): Promise<BulkItem[]> {
	const items: BulkItem[] = [];
	for await (const page of client.listObjectsV2Pages({ bucket, prefix, maxKeys }, signal)) {
		for (const o of page.objects) items.push({ key: o.key, size: o.size });
		onPage?.(items.length);
	}
	return items;
}
