// Shared e2e helpers: page-problem watching (every test fails on an uncaught page error or a
// CSP violation) and the steps most tests are made of.
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';

export interface PageProblems {
	pageErrors: string[];
	/** CSP violations reported by the page itself. */
	cspViolations: () => Promise<string[]>;
	/** Asserts that neither kind of problem happened so far. */
	expectNone: () => Promise<void>;
}

/** Starts collecting uncaught errors and CSP violations; call before the first navigation. */
export async function watchPage(page: Page): Promise<PageProblems> {
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(String(error)));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	const cspViolations = () =>
		page.evaluate(
			() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
		);
	return {
		pageErrors,
		cspViolations,
		expectNone: async () => {
			expect(pageErrors, 'uncaught page errors').toEqual([]);
			expect(await cspViolations(), 'CSP violations').toEqual([]);
		}
	};
}

/**
 * Makes every test of the calling spec fail on an uncaught page error or a CSP violation;
 * with `home`, each test starts on the app's first screen.
 */
export function failOnPageProblems(options: { home?: boolean } = {}): void {
	let problems: PageProblems;
	test.beforeEach(async ({ page }) => {
		problems = await watchPage(page);
		if (options.home) await page.goto('/');
	});
	test.afterEach(async () => {
		await problems.expectNone();
	});
}

export interface Connection {
	endpoint?: string;
	accessKey?: string;
	secret?: string;
	region?: string;
}

/** Types the connection form and presses Connect (does not wait for the outcome). */
export async function typeConnection(page: Page, c: Connection = {}): Promise<void> {
	await page.getByLabel('Endpoint URL').fill(c.endpoint ?? ENDPOINT);
	if (c.region !== undefined) await page.getByLabel('Region').fill(c.region);
	await page.getByLabel('Access key ID').fill(c.accessKey ?? ACCESS_KEY);
	await page.getByLabel('Secret access key').fill(c.secret ?? SECRET_KEY);
	await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** Connects to the test RGW; RGW gives ListBuckets no CORS headers, so the app asks for a name. */
export async function connect(page: Page, c: Connection = {}): Promise<void> {
	await typeConnection(page, c);
	await expect(page.getByText('This server does not let a browser list buckets')).toBeVisible();
}

/** Opens the app and connects; the form's defaults are checked on the way. */
export async function connectFromHome(page: Page, c: Connection = {}): Promise<void> {
	await page.goto('/');
	await expect(page.getByLabel('Region')).toHaveValue('us-east-1');
	await page.getByLabel('Endpoint URL').fill(c.endpoint ?? ENDPOINT);
	await expect(page.getByLabel('Path-style addressing')).toBeChecked();
	await connect(page, c);
}

/** Opens a bucket by name (the way to a bucket when ListBuckets is refused). */
export async function openBucket(page: Page, bucket: string): Promise<void> {
	await page.getByLabel('Bucket', { exact: true }).fill(bucket);
	await page.getByRole('button', { name: 'Open bucket' }).click();
}

/** The object browser's rows. */
export const objectList = (page: Page) => page.getByRole('list', { name: 'Folders and objects' });

/** The object browser's breadcrumbs. */
export const breadcrumbs = (page: Page) => page.getByRole('navigation', { name: 'Breadcrumb' });

/** The one-link presign form (the page also has a bulk form with look-alike labels). */
export const presignPanel = (page: Page) => page.getByRole('region', { name: 'Create a link' });

/** The URL in the link card, or '' when no card is shown. */
export async function presignedUrl(page: Page): Promise<string> {
	const field = page.getByLabel('Presigned URL', { exact: true });
	return (await field.count()) ? field.inputValue() : '';
}

export interface LinkOptions {
	key: string;
	bucket?: string;
	method?: 'GET' | 'PUT';
	expiresIn?: number;
	signer?: 'SigV4' | 'SigV2 (legacy)' | 'SigV4 relay (longer than 7 days)';
	/** "Valid from" as a datetime-local value (local time); empty or absent = now. */
	validFrom?: string;
}

/** Fills the presign form, presses Create link and returns the new card's URL. */
export async function createLink(page: Page, options: LinkOptions): Promise<string> {
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(options.bucket ?? BUCKET);
	await form.getByLabel('Object key').fill(options.key);
	await form
		.getByLabel('Method')
		.selectOption(options.method === 'PUT' ? 'Upload (PUT)' : 'Download (GET)');
	// The expiry first: the relay choice is offered only for expiries over 7 days.
	await form.getByLabel('Expires in (seconds)').fill(String(options.expiresIn ?? 3600));
	await form.getByLabel('Signature version').selectOption(options.signer ?? 'SigV4');
	await form.getByLabel('Valid from').fill(options.validFrom ?? '');
	const previous = await presignedUrl(page);
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect.poll(() => presignedUrl(page)).not.toBe(previous);
	return presignedUrl(page);
}
