// What signing needs from the connection settings. Signing is local: no Connect, no network.
import {
	awsEndpoint,
	defaultAddressing,
	parseEndpoint,
	type Addressing,
	type Credentials,
	type Endpoint
} from '$lib/s3';

/** What the user types into the connection form (and what this tab keeps of it). */
export interface ConnectionSettings {
	endpointUrl: string;
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
	sessionToken: string;
	/** null = the default for this endpoint (path-style for custom hosts and IPs). */
	pathStyle: boolean | null;
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
}

/** Endpoint (AWS's for the region when left empty), addressing and credentials; throws InputError. */
export function signingTarget(settings: ConnectionSettings): SigningTarget {
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
	return {
		endpoint,
		region,
		addressing,
		credentials: {
			accessKeyId: settings.accessKeyId.trim(),
			secretAccessKey: settings.secretAccessKey,
			sessionToken: settings.sessionToken.trim() || undefined
		}
	};
}
