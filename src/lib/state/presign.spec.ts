import { describe, expect, it } from 'vitest';
import { emptyConnection, signingTarget, type SigningTarget } from '$lib/links/connection';
import { InputError } from '$lib/s3';
import { LinkHistory } from './links.svelte';
import { PresignForm } from './presign.svelte';

const target = signingTarget({
	...emptyConnection(),
	endpointUrl: 'http://127.0.0.1:7480',
	accessKeyId: 'AKIAOWNER',
	secretAccessKey: 'secret'
});

/** A form signing at a fixed time into its own history, connected to `connection`. */
function setup(connection: () => SigningTarget = () => target) {
	const links = new LinkHistory();
	const form = new PresignForm({
		target: connection,
		signingNow: () => new Date('2025-01-01T00:00:00.400Z'),
		links
	});
	form.bucket = 'demo';
	form.key = 'a.txt';
	return { form, links };
}

describe('PresignForm', () => {
	it('signs with the injected connection and clock, and records the link with its owner', async () => {
		const { form, links } = setup();
		form.expiresIn = '60';
		const record = await form.create();
		expect(record?.url).toMatch(/^http:\/\/127\.0\.0\.1:7480\/demo\/a\.txt\?/);
		expect(record?.url).toContain('X-Amz-Date=20250101T000000Z');
		expect(record?.expiresAt).toBe('2025-01-01T00:01:00.000Z');
		expect(record?.accessKeyId).toBe('AKIAOWNER');
		expect(links.items).toEqual([record]);
		expect(form.current).toEqual(record);
	});

	it('signs nothing over the SigV4 cap and offers SigV2', async () => {
		const { form, links } = setup();
		form.expiresIn = '604801';
		expect(form.expiryError).toMatchObject({ field: 'expiresIn', offerV2: true });
		expect(await form.create()).toBeNull();
		expect(links.items).toEqual([]);
		form.signer = 'v2';
		expect(form.expiryError).toBeNull();
	});

	it('points at the connection settings when they are incomplete, keeping what was typed', async () => {
		const { form, links } = setup(() => {
			throw new InputError('Enter the access key ID.', 'accessKeyId');
		});
		expect(await form.create()).toBeNull();
		expect(form.error).toMatchObject({
			field: 'connection',
			message: 'Enter the access key ID. (Connection settings, above.)',
			template: '{message} (Connection settings, above.)',
			offerV2: false
		});
		expect(form.key).toBe('a.txt');
		expect(links.items).toEqual([]);
	});
});
