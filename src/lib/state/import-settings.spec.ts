// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emptyConnection } from '$lib/links/connection';
import { ConnectionDraft } from './connection-draft.svelte';
import { SettingsImport } from './import-settings.svelte';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const TWO_PROFILES = `[default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = ${SECRET}
[profile ceph]
endpoint_url = https://s3.example.org
s3 =
    signature_version = s3
[ceph]
aws_access_key_id = CEPHKEY
aws_secret_access_key = cephsecret
`;

function setup() {
	const draft = new ConnectionDraft(() => ({
		...emptyConnection(),
		endpointUrl: 'https://typed.example',
		sessionToken: 'old-token'
	}));
	const signers: string[] = [];
	const imports = new SettingsImport(draft, (s) => signers.push(s));
	return { draft, imports, signers };
}

describe('SettingsImport', () => {
	it('fills the default profile, offers the others, and clears the pasted secret', async () => {
		const { draft, imports, signers } = setup();
		imports.text = TWO_PROFILES;
		await imports.run();
		expect(imports.error).toBeNull();
		expect(imports.text).toBe('');
		expect(imports.profiles).toEqual(['default', 'ceph']);
		expect(imports.chosen).toBe('default');
		expect(draft.fields).toMatchObject({
			endpointUrl: 'https://typed.example', // not in that profile: kept as typed
			accessKeyId: 'AKIDDEFAULT',
			secretAccessKey: SECRET,
			sessionToken: '' // new keys: the old token belonged to the old ones
		});
		expect(imports.report).toEqual({
			profile: 'default',
			source: 'AWS CLI config',
			fields: ['accessKeyId', 'secretAccessKey'],
			sigV2: false,
			keyless: false
		});
		expect(JSON.stringify(imports.report)).not.toContain(SECRET);
		expect(signers).toEqual([]);

		imports.choose('ceph');
		expect(draft.fields).toMatchObject({
			endpointUrl: 'https://s3.example.org',
			accessKeyId: 'CEPHKEY',
			secretAccessKey: 'cephsecret'
		});
		expect(signers).toEqual(['v2']);
		expect(imports.report).toMatchObject({ profile: 'ceph', sigV2: true });
	});

	it('applies nothing from broken text, keeps the text, and names the line', async () => {
		const { draft, imports } = setup();
		const before = JSON.parse(JSON.stringify(draft.fields));
		imports.text = `${TWO_PROFILES}oops ${SECRET}\n`;
		await imports.run();
		expect(imports.error?.message).toBe(
			'Line 11: expected a [section] or a "name = value" setting here.'
		);
		expect(imports.error).toMatchObject({
			template: 'Line {line}: expected a [section] or a "name = value" setting here.',
			params: { line: 11 }
		});
		expect(JSON.stringify(imports.error?.params)).not.toContain(SECRET);
		expect(JSON.parse(JSON.stringify(draft.fields))).toEqual(before);
		expect(imports.text).toContain('oops');
		expect(imports.profiles).toEqual([]);
	});

	it('keeps an imported Expiration with the keys it belongs to', async () => {
		const { draft, imports } = setup();
		imports.text = JSON.stringify({
			Version: 1,
			AccessKeyId: 'ASIATEMP',
			SecretAccessKey: 'tmp',
			SessionToken: 'tok',
			Expiration: '2026-11-30T14:05:00Z'
		});
		await imports.run();
		expect(draft.fields.keyExpiry).toEqual({
			accessKeyId: 'ASIATEMP',
			expiresAt: '2026-11-30T14:05:00.000Z'
		});
		expect(imports.profiles).toEqual([]);
		imports.clear();
		expect(imports.report).toBeNull();
	});
});
