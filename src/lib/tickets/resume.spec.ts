// Resuming: parts already on the server are kept only when this tab sent them for this very file
// and they have the size that part must have.
import { describe, expect, it } from 'vitest';
import { backoffMs, fingerprint, resumePlan, retryableStatus, sameFile } from './resume';

const P = 8;
const part = (partNumber: number, size = P) => ({ partNumber, etag: `"e${partNumber}"`, size });

describe('resumePlan', () => {
	it('sends every part of a fresh upload', () => {
		expect(resumePlan(20, P, [], true)).toEqual({ done: new Map(), todo: [1, 2, 3], doneBytes: 0 });
	});

	it('keeps the parts of this file that are on the server and sends the rest', () => {
		const plan = resumePlan(20, P, [part(1), part(3, 4)], true);
		expect([...plan.done]).toEqual([
			[1, '"e1"'],
			[3, '"e3"']
		]);
		expect(plan.todo).toEqual([2]);
		expect(plan.doneBytes).toBe(12);
	});

	it('sends again a part whose size on the server is not the size it must have', () => {
		// A part cut short, or the last part of a different file that happens to be there.
		expect(resumePlan(20, P, [part(1, 7), part(2), part(3, 8)], true).todo).toEqual([1, 3]);
		expect(resumePlan(20, P, [part(9)], true).todo).toEqual([1, 2, 3]);
	});

	it('starts over when this tab did not send those parts (another file may have)', () => {
		expect(resumePlan(20, P, [part(1), part(2)], false)).toMatchObject({
			todo: [1, 2, 3],
			doneBytes: 0
		});
	});
});

describe('file fingerprints', () => {
	const file = { name: 'a.bin', size: 5, lastModified: 7, type: 'x' };
	it('match the same file only', () => {
		expect(fingerprint(file)).toEqual({ name: 'a.bin', size: 5, lastModified: 7 });
		expect(sameFile(fingerprint(file), file)).toBe(true);
		expect(sameFile(null, file)).toBe(false);
		expect(sameFile({ ...file, lastModified: 8 }, file)).toBe(false);
		expect(sameFile({ ...file, size: 6 }, file)).toBe(false);
	});
});

describe('retries', () => {
	it('back off 1, 2, 4, 8 s with up to 20% jitter, capped at 30 s', () => {
		expect([2, 3, 4, 5].map((a) => backoffMs(a, () => 0))).toEqual([1000, 2000, 4000, 8000]);
		expect(backoffMs(2, () => 1)).toBe(1200);
		expect(backoffMs(20, () => 0)).toBe(30_000);
	});

	it('retry throttling and server errors, not a refused link', () => {
		expect([0, 408, 429, 500, 503].every(retryableStatus)).toBe(true);
		expect([400, 403, 404].some(retryableStatus)).toBe(false);
	});
});
