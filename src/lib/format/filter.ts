// The object browser's filter as a pure function: case-insensitive substring of the name below
// the current prefix. The browser state and the benchmark both call this one.

/** Items whose key (after the first `cut` characters) contains `query`, case-insensitively. */
export function filterKeys<T extends { key: string }>(
	items: readonly T[],
	query: string,
	cut = 0
): T[] {
	const needle = query.trim().toLowerCase();
	if (!needle) return items.slice();
	const out: T[] = [];
	for (const item of items) {
		const lower = item.key.toLowerCase();
		// Searching from `cut` avoids a slice per key; a few characters change length when
		// lower-cased (İ), and only for those do we cut first.
		const hit =
			lower.length === item.key.length
				? lower.indexOf(needle, cut) !== -1
				: item.key.slice(cut).toLowerCase().includes(needle);
		if (hit) out.push(item);
	}
	return out;
}
