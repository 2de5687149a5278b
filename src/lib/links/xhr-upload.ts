// PUT through XMLHttpRequest, because fetch() still has no upload progress events.

export interface UploadResult {
	status: number;
	body: string;
}

/** Sends `body` to a presigned PUT URL, reporting progress; rejects on network errors or abort. */
export function putWithProgress(
	url: string,
	body: Blob,
	headers: Record<string, string>,
	onProgress: (loaded: number, total: number) => void,
	signal: AbortSignal
): Promise<UploadResult> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('PUT', url);
		for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
		xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : body.size);
		xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
		xhr.onerror = () => reject(new TypeError('Network error'));
		xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
		signal.addEventListener('abort', () => xhr.abort(), { once: true });
		// A typeless Blob: the browser then sends no Content-Type of its own, which a SigV2
		// signature (and a SigV4 one with a signed content-type) would not match.
		xhr.send(headers['content-type'] ? body : body.slice(0, body.size, ''));
	});
}
