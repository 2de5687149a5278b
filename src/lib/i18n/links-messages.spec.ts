// Every sentence the link-making modules hand to the page, caught as they produce it, has its
// Japanese: the page looks each up by its English template, so a changed English word would
// otherwise fall back to English silently.
import { describe, expect, it } from 'vitest';
import { capByKeyExpiry, keyExpiryMessage, keyExpiryReason } from '$lib/links/key-expiry';
import { creationProblem, expiryProblem, validFromProblem } from '$lib/links/form-problems';
import { signRelayLink, relayUrlAt } from '$lib/links/relay-link';
import { checkOpening, parseValidFrom } from '$lib/links/valid-from';
import { InputError, checkExpiry, parseEndpoint, SigningError, type LinkSigner } from '$lib/s3';
import { japanese } from '$lib/testing/japanese';

const DAY = 86400;
const START = new Date('2026-04-01T12:00:00Z');

/** The template a throwing call threw with. */
function thrown(run: () => unknown): string {
	try {
		run();
	} catch (e) {
		return (e as InputError).template ?? (e as Error).message;
	}
	throw new Error('did not throw');
}

async function rejected(run: () => Promise<unknown>): Promise<string> {
	return run().then(
		() => Promise.reject(new Error('did not reject')),
		(e: InputError) => e.template
	);
}

describe('Japanese for making links', () => {
	it('has every expiry problem the form can show', () => {
		const typed: [string, LinkSigner][] = [
			['', 'v4'],
			['abc', 'v4'],
			['-5', 'v4'],
			['0', 'v4'],
			['604801', 'v4'],
			[String(3651 * DAY), 'relay']
		];
		const templates = typed.map(([text, signer]) => expiryProblem(text, signer)?.template ?? '');
		templates.push(thrown(() => checkExpiry(400000 * 365 * DAY, 'v2', START)));
		expect(templates.filter((t) => !japanese[t])).toEqual([]);
		expect(expiryProblem('604801', 'v4')?.params).toEqual({ seconds: 604800 });
	});

	it('has every start-time and relay sentence', async () => {
		const earlier = new Date(START.getTime() - DAY * 1000);
		const request = {
			method: 'GET' as const,
			endpoint: parseEndpoint('http://127.0.0.1:7480'),
			region: 'us-east-1',
			addressing: 'path' as const,
			bucket: 'demo',
			key: 'a.txt',
			credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
			now: START
		};
		const relay = await signRelayLink(request, 2 * DAY, undefined, 'http://app.test/');
		const templates = [
			validFromProblem('2026-04-01T12:00', 'v2')?.message ?? '',
			thrown(() => parseValidFrom('tomorrow')),
			thrown(() => checkOpening(earlier, 60, START, undefined)),
			thrown(() => checkOpening(START, 60, START, earlier)),
			await rejected(() => relayUrlAt(relay.url, earlier.getTime())),
			await rejected(() => relayUrlAt(relay.url, START.getTime() + 3 * DAY * 1000))
		];
		expect(templates.filter((t) => !japanese[t])).toEqual([]);
	});

	it('has the notices and reasons of expiring keys', () => {
		const now = START.getTime();
		const keys = { at: new Date(now + 3600_000), source: 'jwt' as const };
		const cut = keyExpiryMessage(capByKeyExpiry(new Date(now + DAY * 1000), keys), now);
		const gone = keyExpiryMessage(capByKeyExpiry(new Date(now + DAY * 1000), keys), now + 7200_000);
		const keysOf = [cut?.key, gone?.key, keyExpiryReason('jwt'), keyExpiryReason('imported')];
		expect(keysOf.filter((key) => !key || !japanese[key])).toEqual([]);
	});

	it('has what a failed signing says, with the sentence inside translated on its own', () => {
		const failed = creationProblem(new TypeError('x is undefined'), false);
		const incomplete = creationProblem(
			new InputError('Enter the access key ID.', 'accessKeyId'),
			false
		);
		expect(failed.template && japanese[failed.template]).toBeTruthy();
		expect(japanese[new SigningError().message]).toBeTruthy();
		expect(failed.parts?.reason.message).toBe(new SigningError().message);
		expect(incomplete).toMatchObject({
			field: 'connection',
			message: 'Enter the access key ID. (Connection settings, above.)',
			parts: { message: { template: 'Enter the access key ID.' } }
		});
		expect(incomplete.template && japanese[incomplete.template]).toBeTruthy();
	});
});
