// Downloads made in the page (history export, QR images): a Blob URL, clicked, then revoked.

/** Saves `blob` as `filename` through the browser's download. */
export function saveBlob(blob: Blob, filename: string): void {
	const href = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = href;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A safe file name stem from an object key: `dir/a b.txt` → `a b`. */
export function fileStem(key: string): string {
	const name = key.split('/').filter(Boolean).pop() ?? 'link';
	const stem = name.replace(/\.[^.]*$/, '');
	const safe = Array.from(stem, (c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
	return safe || 'link';
}
