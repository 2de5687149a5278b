// A small INI reader for the files people keep their S3 settings in: ~/.aws/config and
// ~/.aws/credentials (with botocore's indented sub-sections, `s3 =` followed by indented
// `name = value` lines) and rclone.conf. Every value keeps its line number, so a problem can
// name the line. General-purpose INI parsers flatten the indented sub-sections and skip lines
// they cannot read; here a line that is neither a section, a setting nor a comment is an error.

import type { MessageParams } from '../i18n/language';
import { InputError } from '../s3/errors';

/**
 * Bad or unknown settings text; `line` is 1-based when known. As an InputError, it keeps the
 * sentence with its line as `{line}` (and its other values as `{name}`s) apart from the values,
 * so the page can show it in its language.
 */
export class ImportError extends InputError {
	override name = 'ImportError';
	constructor(
		template: string,
		readonly line?: number,
		params?: MessageParams
	) {
		super(
			line ? `Line {line}: ${template}` : template,
			undefined,
			line ? { ...params, line } : params
		);
	}
}

export interface IniValue {
	value: string;
	line: number;
	/** Indented `name = value` lines under a setting with an empty value (botocore's nesting). */
	sub?: Map<string, IniValue>;
}

export interface IniSection {
	/** The text between the brackets, spaces around it removed: `profile dev`, `default`. */
	name: string;
	line: number;
	values: Map<string, IniValue>;
}

const SECTION = /^\[([^\]]*)\]\s*(?:[#;].*)?$/;
const SETTING = /^([^=\s][^=]*?)\s*=\s*(.*)$/;

/** Sections in file order; a name seen twice (config and credentials pasted together) merges. */
export function parseIni(text: string): IniSection[] {
	const sections = new Map<string, IniSection>();
	let section: IniSection | undefined;
	let parent: IniValue | null = null;
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	for (const [index, raw] of lines.entries()) {
		const line = index + 1;
		const trimmed = raw.trim();
		if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
		const indented = /^\s/.test(raw);
		const head = SECTION.exec(trimmed);
		if (head && !indented) {
			const name = head[1].trim().replace(/\s+/g, ' ');
			if (!name) throw new ImportError('a section needs a name between the brackets.', line);
			section = sections.get(name) ?? { name, line, values: new Map() };
			sections.set(name, section);
			parent = null;
			continue;
		}
		const setting = SETTING.exec(trimmed);
		if (!setting) {
			throw new ImportError('expected a [section] or a "name = value" setting here.', line);
		}
		if (!section) throw new ImportError('this setting comes before any [section].', line);
		const [, name, value] = setting;
		const entry: IniValue = { value: value.trim(), line };
		if (indented && parent) {
			parent.sub ??= new Map();
			parent.sub.set(name.toLowerCase(), entry);
			continue;
		}
		section.values.set(name.toLowerCase(), entry);
		parent = entry.value === '' ? entry : null;
	}
	return [...sections.values()];
}

/** `true`/`false` as rclone and botocore write them (also yes/no, on/off, 1/0). */
export function parseBool(entry: IniValue, name: string): boolean {
	const v = entry.value.toLowerCase();
	if (['true', 'yes', 'on', '1'].includes(v)) return true;
	if (['false', 'no', 'off', '0'].includes(v)) return false;
	throw new ImportError('{name} must be true or false.', entry.line, { name });
}
