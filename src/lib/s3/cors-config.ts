// GetBucketCors as data: which rule applies to an origin, and what it exposes and allows.
import { parseXml } from './xml';

export interface CorsRule {
	allowedOrigins: string[];
	allowedMethods: string[];
	exposeHeaders: string[];
}

const texts = (el: Element, name: string) =>
	Array.from(el.children)
		.filter((c) => c.localName === name)
		.map((c) => (c.textContent ?? '').trim());

/** The rules of a `<CORSConfiguration>` body. */
export function parseCorsConfiguration(xml: string): CorsRule[] {
	return Array.from(parseXml(xml).children)
		.filter((c) => c.localName === 'CORSRule')
		.map((rule) => ({
			allowedOrigins: texts(rule, 'AllowedOrigin'),
			allowedMethods: texts(rule, 'AllowedMethod').map((m) => m.toUpperCase()),
			exposeHeaders: texts(rule, 'ExposeHeader')
		}));
}

/** `*` matches any run of characters, as S3 matches one wildcard in an AllowedOrigin. */
function originMatches(pattern: string, origin: string): boolean {
	const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
	return new RegExp(`^${escaped}$`, 'i').test(origin);
}

/** The first rule that applies to `origin`, as S3 picks it. */
export function ruleFor(rules: CorsRule[], origin: string): CorsRule | undefined {
	return rules.find((r) => r.allowedOrigins.some((o) => originMatches(o, origin)));
}

/** Whether a rule exposes `header` (names compare without case). */
export function exposes(rule: CorsRule, header: string): boolean {
	return rule.exposeHeaders.some((h) => h === '*' || h.toLowerCase() === header.toLowerCase());
}
