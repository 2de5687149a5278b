// ~/.aws/config and ~/.aws/credentials, alone or pasted together: `[default]`, `[profile NAME]`
// (config) and `[NAME]` (credentials) are one profile; `services = NAME` points at a
// `[services NAME]` section whose `s3 =` sub-section may hold an endpoint_url.
import { ImportError, parseIni, type IniSection, type IniValue } from './ini';
import type { ImportedProfile } from './types';

const SOURCE = 'AWS CLI config';
/** Sections that are not profiles. */
const OTHER = /^(services|sso-session)\s|^(plugins|preview|_)/;

/** True when the sections look like the AWS CLI's (aws_* keys, profiles or services). */
export function looksLikeAws(sections: IniSection[]): boolean {
	return sections.some(
		(s) =>
			/^(default|profile |services )/.test(s.name) ||
			[...s.values.keys()].some((k) => k.startsWith('aws_'))
	);
}

const ADDRESSING: Record<string, boolean | null> = { path: true, virtual: false, auto: null };
const SIGNATURE: Record<string, 'v2' | 'v4'> = { s3: 'v2', s3v4: 'v4' };

function s3Setting(section: IniSection | undefined, name: string): IniValue | undefined {
	return section?.values.get('s3')?.sub?.get(name);
}

/** Profiles of AWS CLI config and credentials text; throws ImportError naming the line. */
export function parseAws(text: string): ImportedProfile[] {
	const sections = parseIni(text);
	const services = new Map(
		sections
			.filter((s) => s.name.startsWith('services '))
			.map((s) => [s.name.slice('services '.length), s])
	);
	const merged = new Map<string, Map<string, IniValue>>();
	for (const section of sections) {
		if (OTHER.test(section.name)) continue;
		const name = section.name.replace(/^profile /, '');
		const values = merged.get(name) ?? new Map<string, IniValue>();
		for (const [k, v] of section.values) values.set(k, v);
		merged.set(name, values);
	}
	return [...merged].map(([name, values]) => profile(name, values, services));
}

function profile(
	name: string,
	values: Map<string, IniValue>,
	services: Map<string, IniSection>
): ImportedProfile {
	const get = (key: string) => values.get(key)?.value || undefined;
	const own = { name: '', line: 0, values } satisfies IniSection;
	const serviceName = values.get('services');
	const service = serviceName ? services.get(serviceName.value) : undefined;
	if (serviceName && !service) {
		throw new ImportError(
			'profile "{profile}" uses services "{services}", which is not in this text.',
			serviceName.line,
			{ profile: name, services: serviceName.value }
		);
	}
	const endpoint =
		s3Setting(service, 'endpoint_url') ??
		s3Setting(own, 'endpoint_url') ??
		values.get('endpoint_url');
	const result: ImportedProfile = {
		name,
		source: SOURCE,
		endpointUrl: endpoint?.value || undefined,
		region: get('region'),
		accessKeyId: get('aws_access_key_id'),
		secretAccessKey: get('aws_secret_access_key'),
		sessionToken: get('aws_session_token') ?? get('aws_security_token')
	};
	const addressing = s3Setting(own, 'addressing_style');
	if (addressing) {
		const style = ADDRESSING[addressing.value.toLowerCase()];
		if (style === undefined) {
			throw new ImportError('addressing_style must be path, virtual or auto.', addressing.line);
		}
		result.pathStyle = style;
	}
	const signature = s3Setting(own, 'signature_version');
	if (signature) {
		result.signer = SIGNATURE[signature.value.toLowerCase()];
		if (!result.signer) {
			throw new ImportError('signature_version must be s3 (SigV2) or s3v4.', signature.line);
		}
	}
	return result;
}
