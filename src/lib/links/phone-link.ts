// The phone-upload hand-off: the presigned PUT URL travels in the fragment of this app's own URL
// (`…/index.html#/upload?put=…`), which browsers never send to a server. It is base64url-encoded
// because the hash router percent-decodes the fragment once on start-up, which would corrupt a
// percent-encoded URL inside it.
import { InputError, validateBucketName } from '$lib/s3';
import { textFromBase64Url, textToBase64Url } from '$lib/format/codec';

export interface PhoneUpload {
	url: string;
	/** Content-Type the signature requires, if any. */
	contentType?: string;
	/** The bucket the link was signed for: tells a virtual-hosted address from a path-style one. */
	bucket?: string;
}

/** This app's upload view for `upload`, given the app's current address (`location.href`). */
export function phoneUploadUrl(appHref: string, upload: PhoneUpload): string {
	const app = new URL(appHref);
	app.hash = '';
	app.search = '';
	const type = upload.contentType ? `&type=${textToBase64Url(upload.contentType)}` : '';
	const bucket = upload.bucket ? `&bucket=${textToBase64Url(upload.bucket)}` : '';
	return `${app.href}#/upload?put=${textToBase64Url(upload.url)}${type}${bucket}`;
}

// A header value XMLHttpRequest accepts and a person can read: visible ASCII and spaces.
const HEADER_VALUE = /^[\x20-\x7e]{1,200}$/;

/**
 * Reads the upload out of a fragment such as `#/upload?put=…`: null when there is none, an
 * InputError when it is there but damaged. It only decodes: `vetPhoneUpload` decides whether
 * the page may send anything to it.
 */
export function readPhoneUpload(hash: string): PhoneUpload | null {
	const query = hash.split('?')[1];
	if (!query) return null;
	const params = new URLSearchParams(query);
	const put = params.get('put');
	if (!put) return null;
	const damaged = () =>
		new InputError(
			'This upload link is damaged: part of it is missing or was changed on the way. Scan the QR code again, or ask for a new link.'
		);
	const field = (name: string, validate: (text: string) => boolean): string | undefined => {
		const raw = params.get(name);
		if (raw === null) return undefined;
		try {
			const text = textFromBase64Url(raw);
			if (validate(text)) return text;
		} catch {
			// bad base64, bad UTF-8 or an invalid bucket name: all mean the same to the reader
		}
		throw damaged();
	};
	const url = field('put', (text) => /^\S+$/.test(text)) as string;
	const contentType = field('type', (text) => HEADER_VALUE.test(text));
	const bucket = field('bucket', (text) => (validateBucketName(text), true));
	return { url, ...(contentType && { contentType }), ...(bucket && { bucket }) };
}
