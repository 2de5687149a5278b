// JSON settings: MinIO's mc config.json (`aliases`), and the AWS CLI's temporary keys, from
// `aws configure export-credentials --format process` (AccessKeyId, … at the top) and from
// `aws sts assume-role` (the same under `Credentials`).
import { ImportError } from './ini';
import type { ImportedProfile } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The 1-based line of the first `"name"` in the text (for messages about a JSON field). */
function lineOf(text: string, name: string): number | undefined {
	const at = text.indexOf(`"${name}"`);
	return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/**
 * The line of a JSON syntax error: the first line whose prefix fails for another reason than
 * ending early. Engines' messages differ (and may quote the text, secrets included), so they are
 * only read for "the input ended" (a position at the end of the prefix, or those words).
 */
function syntaxLine(text: string): number {
	const lines = text.split('\n');
	for (let n = 1; n <= lines.length; n++) {
		const prefix = lines.slice(0, n).join('\n');
		try {
			JSON.parse(prefix);
		} catch (e) {
			const message = e instanceof Error ? e.message : '';
			const at = /position (\d+)/.exec(message);
			const early =
				/end of (JSON input|data)/i.test(message) ||
				(at !== null && Number(at[1]) >= prefix.trimEnd().length);
			if (!early) return n;
		}
	}
	return lines.length;
}

/** Parses JSON settings text; throws ImportError naming the line. */
export function parseJsonSettings(text: string): ImportedProfile[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ImportError('this looks like JSON, but is not valid JSON.', syntaxLine(text));
	}
	if (isObject(data) && isObject(data.aliases)) return mcAliases(text, data.aliases);
	if (isObject(data) && isObject(data.Credentials)) {
		return [awsKeys(text, data.Credentials, 'aws sts assume-role')];
	}
	if (isObject(data) && 'AccessKeyId' in data) {
		return [awsKeys(text, data, 'aws configure export-credentials')];
	}
	throw new ImportError(
		'JSON, but not an mc config.json (aliases) nor AWS CLI keys (AccessKeyId, SecretAccessKey).',
		1
	);
}

function text(text: string, data: Json, name: string, required = false): string | undefined {
	const value = data[name];
	if (value === undefined || value === null || value === '') {
		if (required) throw new ImportError('"{name}" is missing.', lineOf(text, name) ?? 1, { name });
		return undefined;
	}
	if (typeof value !== 'string') {
		throw new ImportError('"{name}" must be a string.', lineOf(text, name), { name });
	}
	return value;
}

function awsKeys(source: string, data: Json, tool: string): ImportedProfile {
	const expiration = text(source, data, 'Expiration');
	if (expiration !== undefined && Number.isNaN(Date.parse(expiration))) {
		throw new ImportError('"Expiration" is not a date.', lineOf(source, 'Expiration'));
	}
	return {
		name: tool,
		source: tool,
		accessKeyId: text(source, data, 'AccessKeyId', true),
		secretAccessKey: text(source, data, 'SecretAccessKey', true),
		sessionToken: text(source, data, 'SessionToken'),
		expiration: expiration && new Date(expiration).toISOString()
	};
}

const MC_PATH: Record<string, boolean | null> = { on: true, off: false, dns: false, auto: null };
const MC_API: Record<string, 'v2' | 'v4'> = { s3v2: 'v2', s3v4: 'v4' };
/** mc's own placeholder aliases (gcs, s3) ship with these instead of keys. */
const PLACEHOLDER = /^YOUR-(ACCESS|SECRET)-KEY-HERE$/;

function mcAliases(source: string, aliases: Json): ImportedProfile[] {
	const profiles: ImportedProfile[] = [];
	for (const [name, alias] of Object.entries(aliases)) {
		if (!isObject(alias)) {
			throw new ImportError('alias "{alias}" is not an object.', lineOf(source, name), {
				alias: name
			});
		}
		const accessKeyId = text(source, alias, 'accessKey');
		if (!accessKeyId || PLACEHOLDER.test(accessKeyId)) continue;
		const path = text(source, alias, 'path')?.toLowerCase() ?? 'auto';
		const api = text(source, alias, 'api')?.toLowerCase() ?? 's3v4';
		if (!(path in MC_PATH))
			throw new ImportError('"path" must be on, off or auto.', lineOf(source, 'path'));
		if (!(api in MC_API))
			throw new ImportError('"api" must be S3v2 or S3v4.', lineOf(source, 'api'));
		profiles.push({
			name,
			source: 'mc config.json',
			endpointUrl: text(source, alias, 'url'),
			accessKeyId,
			secretAccessKey: text(source, alias, 'secretKey'),
			sessionToken: text(source, alias, 'sessionToken'),
			pathStyle: MC_PATH[path],
			signer: MC_API[api]
		});
	}
	if (profiles.length === 0) {
		throw new ImportError('this mc config.json has no alias with keys.', lineOf(source, 'aliases'));
	}
	return profiles;
}
