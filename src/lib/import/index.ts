// Reads connection settings from the text of a CLI tool's settings file, locally: AWS CLI config
// and credentials, rclone.conf, MinIO mc config.json, and the AWS CLI's temporary-key JSON.
// Loaded on first use only (the Import button), so none of it is in the first-load JavaScript.
import { looksLikeAws, parseAws } from './aws';
import { ImportError, parseIni } from './ini';
import { parseJsonSettings } from './json';
import { looksLikeRclone, parseRclone } from './rclone';
import type { ImportedProfile } from './types';

export { ImportError, type ImportedProfile };

/** Every profile in the text, in file order; throws ImportError (naming the line) otherwise. */
export function parseSettings(text: string): ImportedProfile[] {
	const trimmed = text.trim();
	if (trimmed === '') throw new ImportError('Paste the settings, or drop the file, first.');
	if (trimmed.startsWith('{')) return parseJsonSettings(text);
	if (/^RCLONE_ENCRYPT_V\d:/m.test(trimmed)) {
		throw new ImportError(
			'this rclone.conf is encrypted: show it with `rclone config show` and paste that.',
			1
		);
	}
	const sections = parseIni(text);
	if (looksLikeRclone(sections)) return parseRclone(sections);
	if (looksLikeAws(sections)) {
		const profiles = parseAws(text);
		if (profiles.length) return profiles;
	}
	throw new ImportError(
		'not a settings file this page reads (AWS CLI config or credentials, rclone.conf, mc config.json).',
		sections[0]?.line ?? 1
	);
}
