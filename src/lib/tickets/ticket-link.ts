// The ticket hand-off: this app's ticket page with a presigned GET for the manifest in the
// fragment (`…#/ticket?m=…`), which browsers never send to a server. base64url for the same
// reason as the phone-upload link: the hash router percent-decodes the fragment once.
import { textFromBase64Url, textToBase64Url } from '$lib/format/codec';
import { vetPhoneUpload } from '$lib/links/upload-target';
import { InputError } from '$lib/s3';
import { TICKET_FOLDER } from './manifest';

/** This app's ticket page for the manifest at `manifestUrl`, given the app's `location.href`. */
export function ticketPageUrl(appHref: string, manifestUrl: string): string {
	const app = new URL(appHref);
	app.hash = '';
	app.search = '';
	return `${app.href}#/ticket?m=${textToBase64Url(manifestUrl)}`;
}

/** What the ticket page opens with: nothing, a refusal, or the manifest URL to fetch. */
export type TicketView =
	| { kind: 'none' }
	| { kind: 'refused'; reason: string; error: InputError }
	| { kind: 'ready'; manifestUrl: string; host: string; expiresAt: Date };

const DAMAGED =
	'This upload ticket link is damaged: part of it is missing or was changed on the way. Open the link again, or ask for a new one.';

const refused = (error: InputError): TicketView => ({
	kind: 'refused',
	reason: error.message,
	error
});

/**
 * Reads and vets the manifest URL in `hash`: a complete, unexpired presigned URL on another
 * origin than `appOrigin`, for an object in a `.presign-tickets/` folder.
 */
export function openTicket(hash: string, appOrigin: string, now: Date): TicketView {
	const raw = new URLSearchParams(hash.split('?')[1] ?? '').get('m');
	if (!raw) return { kind: 'none' };
	let manifestUrl: string;
	try {
		manifestUrl = textFromBase64Url(raw);
	} catch {
		return refused(new InputError(DAMAGED));
	}
	try {
		const where = vetPhoneUpload({ url: manifestUrl }, appOrigin, now);
		if (!`/${where.key}`.includes(`/${TICKET_FOLDER}`) || !where.key.endsWith('.json')) {
			return refused(
				new InputError(
					'This link does not point at an upload ticket (a file in {folder}), so this page will not use it.',
					undefined,
					{ folder: TICKET_FOLDER }
				)
			);
		}
		return { kind: 'ready', manifestUrl, host: where.host, expiresAt: where.expiresAt };
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		// The phone-upload vetting speaks of an "upload link"; here it is the ticket's link.
		const asTicket = (text: string) => text.replace(/upload link/g, 'ticket link');
		return refused(new InputError(asTicket(e.template), e.field, e.params));
	}
}
