// The app's only persistence: this tab's sessionStorage. Credentials, opened buckets and link
// history survive a reload of the tab and die with it; nothing goes to localStorage, IndexedDB,
// cookies or Cache Storage: they would outlive the tab, and credentials must not.

const PREFIX = 's3presign.';

/** Reads a JSON value saved in this tab, or `fallback` when absent or unreadable. */
export function loadFromTab<T>(name: string, fallback: T): T {
	if (typeof sessionStorage === 'undefined') return fallback;
	try {
		const raw = sessionStorage.getItem(PREFIX + name);
		return raw === null ? fallback : (JSON.parse(raw) as T);
	} catch {
		return fallback;
	}
}

/**
 * Saves a JSON value for this tab only; false when it could not be stored (storage full or
 * blocked), in which case the caller keeps it in memory and carries on.
 */
export function saveToTab(name: string, value: unknown): boolean {
	if (typeof sessionStorage === 'undefined') return false;
	try {
		sessionStorage.setItem(PREFIX + name, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

/** Removes one saved value. */
export function removeFromTab(name: string): void {
	if (typeof sessionStorage === 'undefined') return;
	sessionStorage.removeItem(PREFIX + name);
}
