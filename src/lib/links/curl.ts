// The command line equivalent of a link, for people who share with terminals.

/** Last path segment of a key (`a/b/c.txt` → `c.txt`), or `download` for keys ending in `/`. */
export function baseName(key: string): string {
	const name = key.split('/').pop() ?? '';
	return name === '' || name === '.' || name === '..' ? 'download' : name;
}

/** POSIX shell single-quoting: the text comes out as one word, nothing in it expanded. */
export function shellQuote(text: string): string {
	return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Single-quotes only when needed: `report.pdf` stays bare, `a b` → `'a b'`. */
export function shellWord(text: string): string {
	return /^[A-Za-z0-9._+-][A-Za-z0-9._+/=:,@%-]*$/.test(text) ? text : shellQuote(text);
}

/** Double-quotes a URL for the shell, escaping the four characters special inside "…". */
export function shellDoubleQuote(text: string): string {
	return `"${text.replace(/(["$`\\])/g, '\\$1')}"`;
}

export interface CurlInput {
	method: string;
	url: string;
	key: string;
	/** Headers the server requires (signed Content-Type of a PUT link, …). */
	headers?: Record<string, string>;
}

/** `curl -o NAME "URL"` for downloads, `curl -T FILE "URL"` for uploads. */
export function curlCommand({ method, url, key, headers = {} }: CurlInput): string {
	const name = shellWord(baseName(key));
	const extra = Object.entries(headers).map(([k, v]) => ` -H ${shellWord(`${k}: ${v}`)}`);
	if (method === 'PUT') return `curl -T ${name}${extra.join('')} ${shellDoubleQuote(url)}`;
	if (method === 'GET') return `curl -o ${name}${extra.join('')} ${shellDoubleQuote(url)}`;
	return `curl -X ${method}${extra.join('')} ${shellDoubleQuote(url)}`;
}
