// The parts of the page that the first screen does not draw. Each loads when it is first shown,
// and `prefetchParts` loads them all once the first screen is idle, so none of them keeps a
// person waiting after Connect or Create link.
import { loadClientModule } from '$lib/s3/client-on-demand';
import { OnDemand, loadWhenIdle } from '$lib/state/on-demand.svelte';

const component = <T>(load: () => Promise<{ default: T }>) =>
	new OnDemand(() => load().then((m) => m.default));

export const PresignSection = component(() => import('./PresignSection.svelte'));
export const ConnectionSummary = component(() => import('./ConnectionSummary.svelte'));
export const ErrorMessage = component(() => import('./ErrorMessage.svelte'));
export const SkewNotice = component(() => import('./SkewNotice.svelte'));
export const BucketPicker = component(() => import('./BucketPicker.svelte'));
export const ObjectBrowser = component(() => import('./ObjectBrowser.svelte'));
export const BulkLinks = component(() => import('./BulkLinks.svelte'));
export const LinkCard = component(() => import('./LinkCard.svelte'));
export const QrCode = component(() => import('./QrCode.svelte'));
export const CorsDoctor = component(() => import('./CorsDoctor.svelte'));
export const EndpointCheck = component(() => import('./EndpointCheck.svelte'));
export const ImportSettings = component(() => import('./ImportSettings.svelte'));
export const LinkHistory = component(() => import('./LinkHistory.svelte'));
export const InspectLink = component(() => import('./InspectLink.svelte'));
export const RequestFiles = component(() => import('./RequestFiles.svelte'));
export const DropLinkCard = component(() => import('./DropLinkCard.svelte'));
/** Reads presigned URLs for the inspector (loaded when the first one is inspected). */
export const inspectorModule = new OnDemand(() => import('$lib/s3/inspect'));

/** What Connect, Create link and the sections after them need, most likely first. */
const PARTS = [
	{ load: loadClientModule },
	{ load: () => import('$lib/s3/presign') },
	{ load: () => import('$lib/state/presign-sign') },
	PresignSection,
	{ load: () => import('$lib/s3/endpoint-check') },
	ImportSettings,
	ErrorMessage,
	LinkHistory,
	InspectLink,
	ConnectionSummary,
	SkewNotice,
	EndpointCheck,
	BucketPicker,
	LinkCard,
	{ load: () => import('$lib/links/qr').then((qr) => qr.loadQrEncoder()) },
	QrCode,
	ObjectBrowser,
	BulkLinks,
	{ load: () => import('$lib/bulk') },
	{ load: () => import('$lib/links/relay-link') },
	{ load: () => import('$lib/s3/start-times') },
	{ load: () => import('$lib/tickets/create-ticket') },
	{ load: () => import('$lib/s3/post-policy') },
	{ load: () => import('$lib/s3/folder-listing') },
	{ load: () => import('$lib/links/drop-link') },
	RequestFiles,
	DropLinkCard,
	inspectorModule,
	CorsDoctor
];

/** Loads every part once the page is idle; resolves when all are here (or failed to load). */
export const prefetchParts = (): Promise<void> => loadWhenIdle(PARTS);
