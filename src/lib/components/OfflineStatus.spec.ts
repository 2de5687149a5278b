import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import OfflineStatus from './OfflineStatus.svelte';

const text = (props: { ready: boolean; updateWaiting: boolean; online: boolean }) =>
	render(OfflineStatus, { props: { ...props, onupdate: () => {} } })
		.body.replace(/<!--[^>]*-->/g, '')
		.replace(/\s+/g, ' ');

describe('OfflineStatus', () => {
	it('says when the app is ready for offline use', () => {
		const html = text({ ready: true, updateWaiting: false, online: true });
		expect(html).toContain('Ready for offline use');
		expect(html).not.toContain('Reload to update');
		expect(html).not.toContain('Offline<');
	});

	it('offers "Reload to update" as a button when a new version waits', () => {
		const html = text({ ready: true, updateWaiting: true, online: true });
		expect(html).toMatch(/<button[^>]*>Reload to update<\/button>/);
	});

	it('says Offline when the browser is offline', () => {
		const html = text({ ready: true, updateWaiting: false, online: false });
		expect(html).toMatch(/>Offline</);
		expect(html).toContain('Ready for offline use');
	});

	it('says nothing before the worker is ready', () => {
		const html = text({ ready: false, updateWaiting: false, online: true });
		expect(html).not.toMatch(/Ready|Offline|Reload/);
	});
});
