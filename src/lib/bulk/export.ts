// Bulk link exports: CSV (RFC 4180), JSON, and a POSIX shell script of curl lines that
// recreates the folder tree under a target directory.
import { csvField } from '$lib/links/csv';
import { shellQuote } from '$lib/links/curl';
import type { BulkLink } from './types';

export { csvField, shellQuote };

export const CSV_HEADER = ['key', 'size', 'url', 'expires_at'] as const;

/** `key,size,url,expires_at` with CRLF line ends (RFC 4180). */
export function linksToCsv(links: readonly BulkLink[]): string {
	const lines = [CSV_HEADER.join(',')];
	for (const l of links) {
		lines.push(`${csvField(l.key)},${l.size},${csvField(l.url)},${csvField(l.expiresAt)}`);
	}
	return lines.join('\r\n') + '\r\n';
}

export interface ExportMeta {
	bucket: string;
	prefix: string;
	signer: string;
}

/** Pretty JSON: the job's facts, then one object per link with the CSV's field names. */
export function linksToJson(links: readonly BulkLink[], meta: ExportMeta): string {
	return JSON.stringify(
		{
			...meta,
			count: links.length,
			links: links.map((l) => ({ key: l.key, size: l.size, url: l.url, expires_at: l.expiresAt }))
		},
		null,
		1
	);
}

/**
 * Where a key lands under the target directory: the part after `prefix`, split on `/`, with
 * empty and `.` segments dropped and `..` renamed, so no key can write outside the directory.
 * Null for keys that name no file (folder markers ending in `/`).
 */
export function localPath(key: string, prefix: string): string | null {
	if (key.endsWith('/')) return null;
	const rel = key.startsWith(prefix) ? key.slice(prefix.length) : key;
	const parts = rel
		.replace(/\0/g, '_')
		.split('/')
		.filter((p) => p !== '' && p !== '.')
		.map((p) => (p === '..' ? '_..' : p));
	return parts.length ? parts.join('/') : null;
}

/**
 * A `sh` script: `mkdir -p` per folder, then `curl -fsS -o 'path' 'url'` per object, relative to
 * `$1` (default: the current directory). It keeps going past a failed download and exits 1 then.
 */
export function linksToShell(links: readonly BulkLink[], meta: ExportMeta): string {
	const out = [
		'#!/bin/sh',
		`# ${links.length} objects of s3://${meta.bucket}/${meta.prefix} (links expire ${links[0]?.expiresAt ?? '-'})`.replace(
			/[\r\n]/g,
			' '
		),
		'# Usage: sh this-script [target-dir]',
		'set -u',
		'target=${1:-.}',
		'mkdir -p -- "$target" && cd -- "$target" || exit 1',
		'failed=0'
	];
	const dirs = new Set<string>();
	const used = new Set<string>();
	for (const link of links) {
		let path = localPath(link.key, meta.prefix);
		if (path === null) continue;
		// Two keys can map to one path (a/../b and a/_../b): keep both files.
		for (let n = 2; used.has(path); n++) path = `${path}~${n}`;
		used.add(path);
		const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
		if (dir && !dirs.has(dir)) {
			dirs.add(dir);
			out.push(`mkdir -p ./${shellQuote(dir)}`);
		}
		out.push(
			`curl -fsS -o ./${shellQuote(path)} ${shellQuote(link.url)} || failed=$((failed + 1))`
		);
	}
	out.push('[ "$failed" -eq 0 ] || { echo "$failed downloads failed" >&2; exit 1; }', '');
	return out.join('\n');
}
