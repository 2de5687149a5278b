import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFromTab, saveToTab } from './tab-storage';

/** A sessionStorage that holds at most `limit` characters, like a full browser quota. */
function fakeStorage(limit = Infinity) {
	const data = new Map<string, string>();
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem(k: string, v: string) {
			if (v.length > limit) throw new DOMException('quota', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k: string) => void data.delete(k)
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('saveToTab', () => {
	it('saves and reads back JSON', () => {
		vi.stubGlobal('sessionStorage', fakeStorage());
		expect(saveToTab('x', { a: 1 })).toBe(true);
		expect(loadFromTab('x', null)).toEqual({ a: 1 });
	});

	it('returns false instead of throwing when the storage is full', () => {
		vi.stubGlobal('sessionStorage', fakeStorage(10));
		expect(saveToTab('x', 'short')).toBe(true);
		expect(saveToTab('x', 'a'.repeat(100))).toBe(false);
		expect(loadFromTab('x', null)).toBe('short');
	});
});
