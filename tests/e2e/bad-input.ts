// The bad-input sweep's table runner and the steps its cases are made of. Each wrong thing a
// person can type, or a server can answer, gets one specific message they can act on, no uncaught
// page error, and leaves what they typed in place.
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, SECRET_KEY } from './env';
import { failOnPageProblems, presignPanel } from './helpers';

export interface LinkInput {
	bucket?: string;
	key?: string;
	expiresIn?: string;
	filename?: string;
	signer?: 'SigV4' | 'SigV2 (legacy)';
}

/** Fills the presign form and presses Create link. */
export async function typeLink(page: Page, l: LinkInput): Promise<void> {
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(l.bucket ?? BUCKET);
	await form.getByLabel('Object key').fill(l.key ?? 'README.txt');
	if (l.signer) await form.getByLabel('Signature version').selectOption(l.signer);
	await form.getByLabel('Expires in (seconds)').fill(l.expiresIn ?? '3600');
	if (l.filename !== undefined) await form.getByLabel('Download filename').fill(l.filename);
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
}

/** Pastes `text` into the inspector and presses Inspect. */
export async function inspect(page: Page, text: string): Promise<void> {
	await page.getByLabel('Paste a presigned URL').fill(text);
	await page.getByRole('button', { name: 'Inspect', exact: true }).click();
}

/** The link card's URL field. */
export const presignedUrl = (page: Page) => page.getByLabel('Presigned URL', { exact: true });

/** The connection form as typed (kept after a failed Connect). */
export const typedConnection = (endpoint: string, secret = SECRET_KEY) => ({
	'Endpoint URL': endpoint,
	'Access key ID': ACCESS_KEY,
	'Secret access key': secret
});

export interface Case {
	name: string;
	/** Types the bad input (and whatever must come before it). */
	act: (page: Page) => Promise<void>;
	/** The specific message a person reads. */
	message: RegExp;
	/** The title of the error box (role=alert), when the message comes in one. */
	title?: string;
	/** Fields (by exact label) that must still hold what was typed. */
	kept: Record<string, string>;
	/** Extra checks after the message (no link created, the link works, …). */
	then?: (page: Page) => Promise<void>;
}

/** One test per case, each from the app's first screen. */
export function testCases(cases: Case[]): void {
	failOnPageProblems({ home: true });
	for (const c of cases) {
		test(`bad input: ${c.name}`, async ({ page }) => {
			await c.act(page);
			await expect(page.getByText(c.message).first()).toBeVisible();
			if (c.title)
				await expect(page.getByRole('alert').getByText(c.title, { exact: true })).toBeVisible();
			for (const [label, value] of Object.entries(c.kept)) {
				await expect(page.getByLabel(label, { exact: true }), `kept: ${label}`).toHaveValue(value);
			}
			await c.then?.(page);
		});
	}
}
