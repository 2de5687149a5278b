// Names in a drop folder. Files keep their own names; when a name is taken (already in the folder,
// or sent earlier from this page) the file gets a short random suffix before its extension, so a
// second `IMG_0001.jpg` lands as `IMG_0001-k3x9.jpg` instead of replacing the first.

/** Four base-36 characters from three random bytes (1.7 million choices). */
export function shortSuffix(random: (n: number) => Uint8Array): string {
	const [a, b, c] = random(3);
	return ((a << 16) | (b << 8) | c).toString(36).padStart(4, '0').slice(-4);
}

/** `name` with `-suffix` before the extension: `a.tar.gz` → `a-k3x9.tar.gz`, `.env` → `.env-k3x9`. */
export function withSuffix(name: string, suffix: string): string {
	const dot = name.indexOf('.', 1);
	return dot < 0 ? `${name}-${suffix}` : `${name.slice(0, dot)}-${suffix}${name.slice(dot)}`;
}

/**
 * The name a file is stored under: its own unless `taken` says it is in use, or `taken` is null
 * (the folder could not be checked), where the suffix is added to be safe.
 */
export function storedName(
	name: string,
	taken: readonly string[] | null,
	random: (n: number) => Uint8Array
): string {
	if (taken && !taken.includes(name)) return name;
	for (;;) {
		const candidate = withSuffix(name, shortSuffix(random));
		if (!taken?.includes(candidate)) return candidate;
	}
}
