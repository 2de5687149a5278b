// rclone.conf: every `[remote]` with `type = s3` is a profile. rclone's own defaults apply:
// path-style unless `force_path_style = false`, https:// for an endpoint written without a scheme.
import { ImportError, parseBool, type IniSection } from './ini';
import type { ImportedProfile } from './types';

const SOURCE = 'rclone.conf';
/** The region rclone's documentation names for servers that only speak SigV2. */
const V2_REGION = 'other-v2-signature';

/** True when the sections look like rclone's (each remote has a `type`). */
export function looksLikeRclone(sections: IniSection[]): boolean {
	return sections.length > 0 && sections.every((s) => s.values.has('type'));
}

/** The S3 remotes of an rclone.conf; throws ImportError when there is none. */
export function parseRclone(sections: IniSection[]): ImportedProfile[] {
	const remotes = sections.filter((s) => s.values.get('type')?.value.toLowerCase() === 's3');
	if (remotes.length === 0) {
		throw new ImportError('this rclone.conf has no S3 remote (type = s3).', sections[0]?.line);
	}
	return remotes.map(remote);
}

function remote(section: IniSection): ImportedProfile {
	const get = (key: string) => section.values.get(key)?.value || undefined;
	let endpointUrl = get('endpoint');
	if (endpointUrl && !/^[a-z][a-z0-9+.-]*:\/\//i.test(endpointUrl)) {
		endpointUrl = `https://${endpointUrl}`;
	}
	const region = get('region');
	const result: ImportedProfile = {
		name: section.name,
		source: SOURCE,
		endpointUrl,
		region: region === V2_REGION ? undefined : region,
		accessKeyId: get('access_key_id'),
		secretAccessKey: get('secret_access_key'),
		sessionToken: get('session_token')
	};
	const pathStyle = section.values.get('force_path_style');
	if (pathStyle) result.pathStyle = parseBool(pathStyle, 'force_path_style');
	const v2 = section.values.get('v2_auth');
	if ((v2 && parseBool(v2, 'v2_auth')) || region === V2_REGION) result.signer = 'v2';
	return result;
}
