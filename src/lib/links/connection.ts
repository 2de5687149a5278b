// What signing needs from the connection settings. Signing is local: no Connect, no network.
import {
	awsEndpoint,
	defaultAddressing,
	parseEndpoint,
	type Addressing,
	type Credentials,
	type Endpoint
} from '$lib/s3';

export interface ConnectionInput {
	endpointUrl: string;
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
	sessionToken: string;
	pathStyle: boolean | null;
}

export interface SigningTarget {
	endpoint: Endpoint;
	region: string;
	addressing: Addressing;
	credentials: Credentials;
}

/** Endpoint (AWS's for the region when left empty), addressing and credentials; throws InputError. */
export function signingTarget(settings: ConnectionInput): SigningTarget {
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
