// The object browser's filter as a pure function: case-insensitive substring of the name below
// the current prefix. Lower-casing is the cost, so callers filtering as the user types can pass
// names lower-cased once (`lowerNames`) and keep them with the listing.

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

/** Lower-cased names, computed once per listing, for `filterLowered`. */
export function lowerNames(items: readonly { key: string }[], cut = 0): string[] {
	return items.map((i) => i.key.slice(cut).toLowerCase());
}

/** Like filterKeys, with names lower-cased in advance by `lowerNames` (same order as `items`). */
export function filterLowered<T>(
	items: readonly T[],
	lowered: readonly string[],
	query: string
): T[] {
	const needle = query.trim().toLowerCase();
	if (!needle) return items.slice();
	const out: T[] = [];
	for (let i = 0; i < items.length; i++) if (lowered[i].includes(needle)) out.push(items[i]);
	return out;
}
