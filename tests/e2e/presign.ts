// Steps and data the presign specs share: botocore's vectors, the connection and presign forms
// as a person fills them, and the bytes of an object as RGW holds them.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, REGION, SECRET_KEY } from './env';
import { s3 } from './s3';

export interface Vector {
	id: string;
	signer: 'v4' | 'v2';
	method: 'GET' | 'PUT';
	endpoint: string | null;
	addressing: 'path' | 'virtual';
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
	bucket: string;
	key: string;
	expiresIn: number;
	signingTime: string;
	expected: { url: string };
}
export const vectors: Vector[] = JSON.parse(
	readFileSync(new URL('../../src/lib/s3/fixtures/vectors.json', import.meta.url), 'utf8')
).vectors;
export const vector = (id: string) => vectors.find((v) => v.id === id)!;

export async function objectBytes(key: string): Promise<Buffer> {
	const path = `/${BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`;
	const res = await s3.signedFetch('GET', path);
	expect(res.status, `GET ${key}`).toBe(200);
	return Buffer.from(await res.arrayBuffer());
}

export interface Connection {
	endpoint: string;
	region: string;
	accessKey: string;
	secret: string;
	pathStyle?: boolean;
}

/** Fills the connection form and presses Connect (which saves the settings even when it fails). */
export async function connect(page: Page, c: Connection) {
	await page.getByLabel('Endpoint URL').fill(c.endpoint);
	await page.getByLabel('Region', { exact: true }).fill(c.region);
	await page.getByLabel('Access key ID', { exact: true }).fill(c.accessKey);
	await page.getByLabel('Secret access key', { exact: true }).fill(c.secret);
	if (c.pathStyle !== undefined)
		await page.getByLabel('Path-style addressing').setChecked(c.pathStyle);
	await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

export const localRgw: Connection = {
	endpoint: ENDPOINT,
	region: REGION,
	accessKey: ACCESS_KEY,
	secret: SECRET_KEY
};

export interface LinkInput {
	bucket?: string;
	key: string;
	method?: 'Download (GET)' | 'Upload (PUT)';
	expires?: string;
	signer?: 'SigV4' | 'SigV2 (legacy)';
	filename?: string;
	contentType?: string;
}

/** Fills the presign form, presses Create link and returns the URL of the new card. */
export async function createLink(page: Page, input: LinkInput): Promise<string> {
	const field = urlField(page);
	// A second call must not return the previous card's URL: wait for the value to change.
	const before = (await field.count()) ? await field.inputValue() : '';
	await fillLinkForm(page, input);
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect
		.poll(async () => ((await field.count()) ? field.inputValue() : ''))
		.toMatch(/^https?:\/\//);
	await expect.poll(() => field.inputValue()).not.toBe(before);
	return field.inputValue();
}

export async function fillLinkForm(page: Page, input: LinkInput) {
	await page.getByLabel('Bucket name').fill(input.bucket ?? BUCKET);
	await page.getByLabel('Object key').fill(input.key);
	await page.getByLabel('Method').selectOption({ label: input.method ?? 'Download (GET)' });
	await page.getByLabel('Signature version').selectOption({ label: input.signer ?? 'SigV4' });
	await page.getByLabel('Expires in (seconds)').fill(input.expires ?? '3600');
	if (input.filename !== undefined) await page.getByLabel('Download filename').fill(input.filename);
	if (input.contentType !== undefined)
		await page.getByLabel('Content type').fill(input.contentType);
}

export const card = (page: Page) => page.getByRole('article');
export const urlField = (page: Page) =>
	page.getByRole('textbox', { name: 'Presigned URL', exact: true });

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
