// Temporary credentials from OIDC/STS gateways (MinIO, Ceph STS, Keycloak) are often JWTs; their
// `exp` claim (RFC 7519 §4.1.4) is when every link signed with them stops working.

import { textFromBase64Url } from '$lib/format/codec';

/** The `exp` of a JWT-shaped session token, or undefined for opaque tokens (e.g. AWS STS). */
export function jwtExpiry(token: string | undefined | null): Date | undefined {
	const parts = (token ?? '').trim().split('.');
	if (parts.length !== 3 || !parts[1]) return undefined;
	try {
		const claims: unknown = JSON.parse(textFromBase64Url(parts[1]));
		const exp = (claims as { exp?: unknown } | null)?.exp;
		if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= 0) return undefined;
		return new Date(exp * 1000);
	} catch {
		return undefined;
	}
}
