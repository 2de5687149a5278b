// The hash router percent-decodes the address's fragment once on start-up and cannot start when
// that fails ("%E0%A4%A", "%zz"): the page would stay blank. A fragment that does not decode is
// made decodable by escaping each "%" itself, so it decodes back to exactly the text it was,
// and the page it names can then say what is wrong with it.

/** `hash` unchanged when it percent-decodes, else with every "%" escaped as "%25". */
export function decodableFragment(hash: string): string {
	let decodes = false;
	try {
		// The result is used so that no minifier drops the call as free of side effects.
		decodes = typeof decodeURIComponent(hash) === 'string';
	} catch {
		// URIError: a "%" not followed by two hex digits, or bytes that are not UTF-8
	}
	return decodes ? hash : hash.replace(/%/g, '%25');
}
