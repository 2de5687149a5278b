import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '$lib/i18n/language';
import { japanese } from '$lib/testing/japanese';
import { ImportError, parseSettings } from './index';

// Written by `aws configure set` (aws-cli 1.45): no blank lines, the s3 sub-section indented.
const AWS_CONFIG = `[default]
region = us-east-1
[profile ceph]
s3 =
    addressing_style = path
    signature_version = s3
endpoint_url = https://s3.example.org
`;
const AWS_CREDENTIALS = `[default]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY

[ceph]
aws_access_key_id = CEPHKEY
aws_secret_access_key = cephsecret
aws_session_token = FwoGZXIvYXdzEXAMPLE
`;

describe('AWS CLI config and credentials', () => {
	it('merges [profile x] of the config with [x] of the credentials', () => {
		const profiles = parseSettings(AWS_CONFIG + AWS_CREDENTIALS);
		expect(profiles.map((p) => p.name)).toEqual(['default', 'ceph']);
		expect(profiles[1]).toEqual({
			name: 'ceph',
			source: 'AWS CLI config',
			endpointUrl: 'https://s3.example.org',
			region: undefined,
			accessKeyId: 'CEPHKEY',
			secretAccessKey: 'cephsecret',
			sessionToken: 'FwoGZXIvYXdzEXAMPLE',
			pathStyle: true,
			signer: 'v2'
		});
		expect(profiles[0]).toMatchObject({
			region: 'us-east-1',
			accessKeyId: 'AKIDEXAMPLE',
			secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
		});
		expect(profiles[0].signer).toBeUndefined();
	});

	it('takes the endpoint of a services section first, then the s3 sub-section, then the global one', () => {
		const text = `[profile a]
endpoint_url = https://global.example
services = onprem
s3 =
  addressing_style = virtual
  signature_version = s3v4
[services onprem]
s3 =
  endpoint_url = https://s3.onprem.example:8443
[profile b]
endpoint_url = https://global.example
s3 =
  endpoint_url = https://nested.example
  addressing_style = auto
`;
		const [a, b] = parseSettings(text);
		expect(a).toMatchObject({
			endpointUrl: 'https://s3.onprem.example:8443',
			pathStyle: false,
			signer: 'v4'
		});
		expect(b).toMatchObject({ endpointUrl: 'https://nested.example', pathStyle: null });
	});

	it('names the line of a broken or unknown setting, and of a missing services section', () => {
		expect(() => parseSettings('[default]\naws_access_key_id = A\nthis line is junk\n')).toThrow(
			'Line 3: expected a [section] or a "name = value" setting here.'
		);
		expect(() => parseSettings('[default]\ns3 =\n  addressing_style = sideways\n')).toThrow(
			'Line 3: addressing_style must be path, virtual or auto.'
		);
		expect(() => parseSettings('[default]\ns3 =\n  signature_version = v5\n')).toThrow(
			/^Line 3: signature_version must be/
		);
		expect(() => parseSettings('[profile x]\nservices = gone\n')).toThrow(/^Line 2: profile "x"/);
		expect(() => parseSettings('aws_access_key_id = A\n[default]\n')).toThrow(
			'Line 1: this setting comes before any [section].'
		);
	});

	it('never puts a secret into an error message', () => {
		const secret = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
		try {
			parseSettings(`[default]\naws_secret_access_key ${secret}\n`);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ImportError);
			expect((e as Error).message).toBe(
				'Line 2: expected a [section] or a "name = value" setting here.'
			);
		}
	});
});

describe('rclone.conf', () => {
	// As `rclone config` writes an S3 remote, with the empty settings it leaves.
	const RCLONE = `[gdrive]
type = drive
scope = drive

[ceph]
type = s3
provider = Ceph
env_auth = false
access_key_id = RCLONEKEY
secret_access_key = rclonesecret
region =
endpoint = ceph.example.org:7480
location_constraint =
acl =
force_path_style = false
v2_auth = true

[old]
type = s3
provider = Other
access_key_id = OLD
secret_access_key = oldsecret
region = other-v2-signature
endpoint = http://old.example
`;
	it('reads the S3 remotes only, with rclone’s defaults', () => {
		const profiles = parseSettings(RCLONE);
		expect(profiles.map((p) => p.name)).toEqual(['ceph', 'old']);
		expect(profiles[0]).toEqual({
			name: 'ceph',
			source: 'rclone.conf',
			endpointUrl: 'https://ceph.example.org:7480',
			region: undefined,
			accessKeyId: 'RCLONEKEY',
			secretAccessKey: 'rclonesecret',
			sessionToken: undefined,
			pathStyle: false,
			signer: 'v2'
		});
		expect(profiles[1]).toMatchObject({ endpointUrl: 'http://old.example', signer: 'v2' });
		expect(profiles[1].region).toBeUndefined();
	});

	it('refuses a config without an S3 remote, a bad boolean, and an encrypted file', () => {
		expect(() => parseSettings('[gdrive]\ntype = drive\n')).toThrow(
			'Line 1: this rclone.conf has no S3 remote (type = s3).'
		);
		expect(() => parseSettings('[c]\ntype = s3\nforce_path_style = maybe\n')).toThrow(
			'Line 3: force_path_style must be true or false.'
		);
		expect(() =>
			parseSettings('# Encrypted rclone configuration File\n\nRCLONE_ENCRYPT_V0:\nXXXX\n')
		).toThrow(/encrypted/);
	});
});

describe('JSON', () => {
	it('reads mc config.json aliases and skips mc’s placeholder ones', () => {
		const mc = JSON.stringify(
			{
				version: '10',
				aliases: {
					gcs: {
						url: 'https://storage.googleapis.com',
						accessKey: 'YOUR-ACCESS-KEY-HERE',
						secretKey: 'YOUR-SECRET-KEY-HERE',
						api: 'S3v2',
						path: 'dns'
					},
					local: {
						url: 'http://localhost:9000',
						accessKey: '',
						secretKey: '',
						api: 'S3v4',
						path: 'auto'
					},
					lab: {
						url: 'https://minio.lab.example',
						accessKey: 'MINIOKEY',
						secretKey: 'miniosecret',
						api: 'S3v2',
						path: 'on'
					}
				}
			},
			null,
			'\t'
		);
		expect(parseSettings(mc)).toEqual([
			{
				name: 'lab',
				source: 'mc config.json',
				endpointUrl: 'https://minio.lab.example',
				accessKeyId: 'MINIOKEY',
				secretAccessKey: 'miniosecret',
				sessionToken: undefined,
				pathStyle: true,
				signer: 'v2'
			}
		]);
	});

	it('reads export-credentials and assume-role output with their Expiration', () => {
		const process = `{
    "Version": 1,
    "AccessKeyId": "ASIAEXAMPLE",
    "SecretAccessKey": "tmpsecret",
    "SessionToken": "IQoJb3JpZ2luX2VjEXAMPLE",
    "Expiration": "2026-11-30T14:05:00+00:00"
}`;
		expect(parseSettings(process)).toEqual([
			{
				name: 'aws configure export-credentials',
				source: 'aws configure export-credentials',
				accessKeyId: 'ASIAEXAMPLE',
				secretAccessKey: 'tmpsecret',
				sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE',
				expiration: '2026-11-30T14:05:00.000Z'
			}
		]);
		const assumeRole = `{
    "Credentials": {
        "AccessKeyId": "ASIAROLE",
        "SecretAccessKey": "rolesecret",
        "SessionToken": "FwoROLE",
        "Expiration": "2026-11-30T05:14:23Z"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROAEXAMPLE:demo",
        "Arn": "arn:aws:sts::123456789012:assumed-role/demo/demo"
    }
}`;
		expect(parseSettings(assumeRole)[0]).toMatchObject({
			source: 'aws sts assume-role',
			accessKeyId: 'ASIAROLE',
			expiration: '2026-11-30T05:14:23.000Z'
		});
	});

	it('names the line of broken JSON and of a wrong field', () => {
		expect(() => parseSettings('{\n  "AccessKeyId": "A",\n  "SecretAccessKey": \n}')).toThrow(
			/^Line 4: this looks like JSON, but is not valid JSON\.$/
		);
		expect(() =>
			parseSettings('{\n "AccessKeyId": "A",\n "SecretAccessKey": "S",\n "Expiration": "soon"\n}')
		).toThrow('Line 4: "Expiration" is not a date.');
		expect(() => parseSettings('{\n "AccessKeyId": "A"\n}')).toThrow(
			/"SecretAccessKey" is missing/
		);
		expect(() => parseSettings('{"foo": 1}')).toThrow(/^Line 1: JSON, but not/);
	});
});

it('refuses empty and unknown text', () => {
	expect(() => parseSettings('  \n')).toThrow('Paste the settings, or drop the file, first.');
	expect(() => parseSettings('hello world')).toThrow(/^Line 1: expected a \[section\]/);
	expect(() => parseSettings('[server]\nport = 80\n')).toThrow(/^Line 1: not a settings file/);
});

describe('messages in Japanese', () => {
	/** Text that fails each way the parsers know, with the line each names. */
	const BROKEN: [text: string, line: number | undefined][] = [
		['  \n', undefined],
		['# Encrypted rclone configuration File\n\nRCLONE_ENCRYPT_V0:\nXXXX\n', 1],
		['[server]\nport = 80\n', 1],
		['[ ]\n', 1],
		['[default]\naws_access_key_id = A\nthis line is junk\n', 3],
		['aws_access_key_id = A\n[default]\n', 1],
		['[c]\ntype = s3\nforce_path_style = maybe\n', 3],
		['[profile x]\nservices = gone\n', 2],
		['[default]\ns3 =\n  addressing_style = sideways\n', 3],
		['[default]\ns3 =\n  signature_version = v5\n', 3],
		['[gdrive]\ntype = drive\n', 1],
		['{\n  "AccessKeyId": "A",\n  "SecretAccessKey": \n}', 4],
		['{"foo": 1}', 1],
		['{\n "AccessKeyId": "A"\n}', 1],
		['{\n "AccessKeyId": "A",\n "SecretAccessKey": 5\n}', 3],
		['{\n "AccessKeyId": "A",\n "SecretAccessKey": "S",\n "Expiration": "soon"\n}', 4],
		['{"aliases": {\n "x": 1\n}}', 2],
		['{"aliases": {"x": {\n "accessKey": "K",\n "path": "sideways"\n}}}', 3],
		['{"aliases": {"x": {\n "accessKey": "K",\n "api": "S3v5"\n}}}', 3],
		['{"aliases": {\n "x": {"accessKey": ""}\n}}', 1]
	];

	it('keeps each sentence apart from its line and values, and every sentence has Japanese', () => {
		for (const [text, line] of BROKEN) {
			let error: unknown;
			try {
				parseSettings(text);
			} catch (e) {
				error = e;
			}
			expect(error, text).toBeInstanceOf(ImportError);
			const { template, params, message } = error as ImportError;
			expect(params?.line, text).toBe(line);
			expect(template.startsWith('Line {line}: '), text).toBe(line !== undefined);
			expect(fillPlaceholders(template, params)).toBe(message);
			expect(japanese[template as keyof typeof japanese], template).toBeDefined();
		}
	});

	it('has Japanese for each sentence with and without the line it names', () => {
		const lineless = Object.keys(japanese)
			.filter((english) => english.startsWith('Line {line}: '))
			.map((english) => english.slice('Line {line}: '.length));
		for (const english of lineless) expect(japanese, english).toHaveProperty([english]);
		expect(lineless.length).toBeGreaterThan(15);
	});

	it('reads as Japanese with the line number filled in', () => {
		try {
			parseSettings('[default]\naws_access_key_id = A\nthis line is junk\n');
			expect.unreachable();
		} catch (e) {
			const { template, params } = e as ImportError;
			expect(fillPlaceholders(japanese[template as keyof typeof japanese], params)).toBe(
				'3 行目：ここには [セクション] か「名前 = 値」形式の設定が必要です。'
			);
		}
	});
});
