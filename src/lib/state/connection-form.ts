// Checks what the user typed into the connection form before anything is signed: pure, testable.
import {
	InputError,
	checkSeparateOrigin,
	defaultAddressing,
	parseEndpoint,
	type Endpoint
} from '$lib/s3';
import type { Message, MessageKey } from '$lib/i18n/catalogue';
import type { ConnectionSettings } from './session.svelte';

export type Field = 'endpointUrl' | 'region' | 'accessKeyId' | 'secretAccessKey' | 'sessionToken';

export interface FormCheck {
	/** Trimmed settings, ready to save (only meaningful when `errors` is empty). */
	settings: ConnectionSettings;
	errors: Partial<Record<Field, Message>>;
	/** Fields that had spaces or line breaks around them, which were removed. */
	trimmed: Field[];
	/** Set for plain-http endpoints that are not on this machine. */
	insecure: boolean;
	endpoint?: Endpoint;
}

export const FIELD_LABELS: Record<Field, MessageKey> = {
	endpointUrl: 'Endpoint URL',
	region: 'Region',
	accessKeyId: 'Access key ID',
	secretAccessKey: 'Secret access key',
	sessionToken: 'Session token'
};

const LOOPBACK = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** True for hosts whose traffic never leaves this machine (http is safe there). */
export function isLoopback(hostname: string): boolean {
	return LOOPBACK.test(hostname);
}

/** Path-style unless the endpoint is AWS (where virtual-hosted is the default). */
export function defaultPathStyle(endpointUrl: string): boolean {
	try {
		return defaultAddressing(parseEndpoint(endpointUrl)) === 'path';
	} catch {
		return true;
	}
}

/**
 * Validates and trims the form; never throws. An endpoint on the page's own origin (`pageOrigin`)
 * is refused: see SharedOriginError.
 */
export function checkConnectionForm(input: ConnectionSettings, pageOrigin?: string): FormCheck {
	const errors: FormCheck['errors'] = {};
	const trimmed: Field[] = [];
	const settings = { ...input };
	for (const field of Object.keys(FIELD_LABELS) as Field[]) {
		const value = settings[field].trim();
		if (value !== settings[field] && value !== '') trimmed.push(field);
		settings[field] = value;
	}

	let endpoint: Endpoint | undefined;
	try {
		endpoint = parseEndpoint(settings.endpointUrl);
		settings.endpointUrl = endpoint.origin;
		checkSeparateOrigin(endpoint.origin, pageOrigin);
	} catch (e) {
		errors.endpointUrl =
			e instanceof InputError
				? { key: e.template as MessageKey, params: e.params }
				: { key: 'This is not a valid URL.' };
	}
	if (!settings.region) errors.region = { key: 'Enter the region, e.g. us-east-1.' };
	else if (!/^[a-z0-9-]+$/i.test(settings.region)) {
		errors.region = { key: 'A region is letters, digits and dashes, e.g. us-east-1.' };
	}
	if (!settings.accessKeyId) errors.accessKeyId = { key: 'Enter the access key ID.' };
	else if (/\s/.test(settings.accessKeyId)) {
		errors.accessKeyId = { key: 'An access key ID has no spaces.' };
	}
	if (!settings.secretAccessKey) errors.secretAccessKey = { key: 'Enter the secret access key.' };
	else if (/\s/.test(settings.secretAccessKey)) {
		errors.secretAccessKey = { key: 'A secret access key has no spaces.' };
	}
	if (/\s/.test(settings.sessionToken)) {
		errors.sessionToken = { key: 'A session token has no spaces.' };
	}

	const insecure = endpoint?.protocol === 'http:' && !isLoopback(endpoint.hostname);
	return { settings, errors, trimmed, insecure, endpoint };
}
