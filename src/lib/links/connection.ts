// What signing needs from the connection settings. Signing is local: no Connect, no network.
import {
	awsEndpoint,
	checkSeparateOrigin,
	defaultAddressing,
	parseEndpoint,
	type Addressing,
	type Credentials,
	type Endpoint
} from '$lib/s3';
import type { ImportedExpiry } from './key-expiry';

/** What the user types into the connection form (and what this tab keeps of it). */
export interface ConnectionSettings {
	endpointUrl: string;
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
	sessionToken: string;
	/** null = the default for this endpoint (path-style for custom hosts and IPs). */
	pathStyle: boolean | null;
	/** When imported temporary keys expire (kept with the access key ID they belong to). */
	keyExpiry?: ImportedExpiry | null;
}

/** A fresh, empty form. */
export const emptyConnection = (): ConnectionSettings => ({
	endpointUrl: '',
	region: 'us-east-1',
	accessKeyId: '',
	secretAccessKey: '',
	sessionToken: '',
	pathStyle: null
});

export interface SigningTarget {
	endpoint: Endpoint;
	region: string;
	addressing: Addressing;
	credentials: Credentials;
	/** The origin of the page holding the keys, when known: nothing is signed for it. */
	pageOrigin?: string;
}

/**
 * Endpoint (AWS's for the region when left empty), addressing and credentials; throws InputError,
 * and SharedOriginError when the endpoint is the origin of the page itself (`pageOrigin`).
 */
export function signingTarget(settings: ConnectionSettings, pageOrigin?: string): SigningTarget {
	const region = settings.region.trim() || 'us-east-1';
	const endpoint = settings.endpointUrl.trim()
		? parseEndpoint(settings.endpointUrl)
		: awsEndpoint(region);
	const addressing =
		settings.pathStyle === null
			? defaultAddressing(endpoint)
			: settings.pathStyle
				? 'path'
				: 'virtual';
	checkSeparateOrigin(endpoint.origin, pageOrigin);
	return {
		endpoint,
		region,
		addressing,
		credentials: {
			accessKeyId: settings.accessKeyId.trim(),
			secretAccessKey: settings.secretAccessKey,
			sessionToken: settings.sessionToken.trim() || undefined
		},
		pageOrigin
	};
}
