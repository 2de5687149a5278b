// Temporary credentials from OIDC/STS gateways (MinIO, Ceph STS, Keycloak) are often JWTs; their
// `exp` claim (RFC 7519 §4.1.4) is when every link signed with them stops working.

/** The `exp` of a JWT-shaped session token, or undefined for opaque tokens (e.g. AWS STS). */
export function jwtExpiry(token: string | undefined | null): Date | undefined {
	const parts = (token ?? '').trim().split('.');
	if (parts.length !== 3 || !parts[1]) return undefined;
	try {
		const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
		const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
		const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
		const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
		const exp = (claims as { exp?: unknown } | null)?.exp;
		if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= 0) return undefined;
		return new Date(exp * 1000);
	} catch {
		return undefined;
	}
}
