// The phone-upload hand-off: the presigned PUT URL travels in the fragment of this app's own URL
// (`…/index.html#/upload?put=…`), which browsers never send to a server. It is base64url-encoded
// because the hash router percent-decodes the fragment once on start-up, which would corrupt a
// percent-encoded URL inside it.

export interface PhoneUpload {
	url: string;
	/** Content-Type the signature requires, if any. */
	contentType?: string;
}

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) =>
		c.charCodeAt(0)
	);
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** This app's upload view for `upload`, given the app's current address (`location.href`). */
export function phoneUploadUrl(appHref: string, upload: PhoneUpload): string {
	const app = new URL(appHref);
	app.hash = '';
	app.search = '';
	const type = upload.contentType ? `&type=${toBase64Url(upload.contentType)}` : '';
	return `${app.href}#/upload?put=${toBase64Url(upload.url)}${type}`;
}

/** Reads the upload back from a fragment such as `#/upload?put=…`; null when absent or broken. */
export function readPhoneUpload(hash: string): PhoneUpload | null {
	const query = hash.split('?')[1];
	if (!query) return null;
	const params = new URLSearchParams(query);
	try {
		const url = fromBase64Url(params.get('put') ?? '');
		const parsed = new URL(url);
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
		const type = params.get('type');
		return type ? { url, contentType: fromBase64Url(type) } : { url };
	} catch {
		return null;
	}
}
