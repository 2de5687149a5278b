// The ticket page's link: the manifest URL travels base64url in the fragment and is vetted
// before anything is fetched.
import { describe, expect, it } from 'vitest';
import { textToBase64Url } from '$lib/format/codec';
import { largestFileBytes } from './create-ticket';
import { openTicket, ticketPageUrl } from './ticket-link';

const NOW = new Date('2026-01-01T00:10:00Z');
const AUTH =
	'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=K%2F20260101%2Fus-east-1%2Fs3%2Faws4_request' +
	`&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${'a'.repeat(64)}`;
const MANIFEST = `http://127.0.0.1:7480/demo/big/.presign-tickets/ab.json?${AUTH}`;
const APP = 'https://app.example.org';
const hashOf = (url: string) => `#/ticket?m=${textToBase64Url(url)}`;

describe('ticket links', () => {
	it('round-trips the manifest URL through the app address', () => {
		const link = ticketPageUrl(`${APP}/tools/index.html?x=1#/`, MANIFEST);
		expect(link).toBe(`${APP}/tools/index.html${hashOf(MANIFEST)}`);
		expect(openTicket(new URL(link).hash, APP, NOW)).toEqual({
			kind: 'ready',
			manifestUrl: MANIFEST,
			host: '127.0.0.1:7480',
			expiresAt: new Date('2026-01-01T01:00:00Z')
		});
	});

	it('refuses what must not be fetched, each with its own sentence', () => {
		const refused = (hash: string) => {
			const view = openTicket(hash, APP, NOW);
			return view.kind === 'refused' ? view.reason : view.kind;
		};
		expect(refused('#/ticket')).toBe('none');
		expect(refused('#/ticket?m=!!')).toMatch(/ticket link is damaged/);
		expect(refused(hashOf(MANIFEST.replace('http://127.0.0.1:7480', APP)))).toMatch(
			/This ticket link points at app\.example\.org, the server this page itself comes from/
		);
		expect(refused(hashOf(MANIFEST.replace('.presign-tickets/', 'photos/')))).toMatch(
			/does not point at an upload ticket/
		);
		expect(refused(hashOf(MANIFEST.replace(/&X-Amz-Signature=a+/, '')))).toMatch(
			/not a presigned ticket link/
		);
		expect(refused(hashOf('javascript:alert(1)'))).toMatch(/“javascript:” address/);
		expect(openTicket(hashOf(MANIFEST), APP, new Date('2026-01-02T00:00:00Z'))).toMatchObject({
			kind: 'refused',
			reason: expect.stringMatching(/This ticket link expired on/)
		});
	});
});

describe('largestFileBytes', () => {
	it('reads GB (10^9 bytes), decimals allowed', () => {
		expect(largestFileBytes('40')).toBe(40e9);
		expect(largestFileBytes(' 0.01 ')).toBe(10_000_000);
	});
	it('refuses what is not a positive size', () => {
		for (const bad of ['', '-1', '1e3', 'ten', '0', '0.0000000001']) {
			expect(() => largestFileBytes(bad), bad).toThrow(/GB/);
		}
	});
});
