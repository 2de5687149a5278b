// Bulk links: many presigned GET URLs under one job, signed in a worker pool, exported as files.
// Loaded on demand (dynamic import) so none of it is in the first-load JavaScript.
export type { BulkItem, BulkJob, BulkLink, HashBackend } from './types';
export { SignPool, createLinks, defaultPoolSize, inThreadWorker, type SignOptions } from './pool';
export { signBatch } from './sign-batch';
export { linksToCsv, linksToJson, linksToShell, localPath, shellQuote, csvField } from './export';
export { listAllObjects } from './list';
