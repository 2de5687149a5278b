import { describe, expect, it } from 'vitest';
import { emptyConnection, signingTarget, type ConnectionSettings } from './connection';
import { linkOwner, revokeRefusal } from './link-owner';

const at = (s: Partial<ConnectionSettings>) => signingTarget({ ...emptyConnection(), ...s });
const made = at({ endpointUrl: 'http://127.0.0.1:7480', accessKeyId: 'AKIAOWNER' });
const owner = linkOwner(made);

describe('linkOwner', () => {
	it('records the endpoint origin, addressing and access key ID', () => {
		expect(owner).toEqual({
			endpoint: 'http://127.0.0.1:7480',
			addressing: 'path',
			accessKeyId: 'AKIAOWNER'
		});
	});
});

describe('revokeRefusal', () => {
	it('allows the connection the link was made with', () => {
		const same = at({ endpointUrl: 'http://127.0.0.1:7480/', accessKeyId: ' AKIAOWNER ' });
		expect(revokeRefusal(owner, same)).toBeNull();
	});

	const others: [string, Partial<ConnectionSettings>][] = [
		['another endpoint', { endpointUrl: 'http://127.0.0.1:9000' }],
		['another scheme', { endpointUrl: 'https://127.0.0.1:7480' }],
		['another access key ID', { accessKeyId: 'AKIAOTHER' }],
		['another addressing', { pathStyle: false }]
	];
	for (const [what, change] of others) {
		it(`refuses ${what}, naming the connection needed and the one held`, () => {
			const current = at({
				endpointUrl: 'http://127.0.0.1:7480',
				accessKeyId: 'AKIAOWNER',
				...change
			});
			const text = revokeRefusal(owner, current);
			expect(text).toContain(
				'endpoint http://127.0.0.1:7480 (path-style) with access key ID AKIAOWNER'
			);
			expect(text).toContain(`The current connection is endpoint ${current.endpoint.origin}`);
			expect(text).toContain('nothing is renamed or deleted');
		});
	}

	it('refuses while no connection is set, still naming the one needed', () => {
		const text = revokeRefusal(owner, null);
		expect(text).toContain('http://127.0.0.1:7480');
		expect(text).toContain('AKIAOWNER');
		expect(text).not.toContain('current connection');
	});

	it('refuses records saved without an endpoint or access key ID', () => {
		for (const old of [{}, { ...owner, accessKeyId: undefined }, { ...owner, endpoint: '' }]) {
			expect(revokeRefusal(old, made)).toMatch(
				/saved without the endpoint and access key ID.*cannot be disabled from here/
			);
		}
	});
});
