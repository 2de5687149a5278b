// The CORS rule this page needs, written out for the tools people apply it with: JSON for the AWS
// CLI, XML for s3cmd and S3 consoles, and the commands themselves.
import { shellWord } from '$lib/links/curl';
import { CORS_RULE } from '$lib/s3/cors-rule.js';

export interface CorsContext {
	/** This page's origin, the one the rule must allow. */
	origin: string;
	/** Endpoint origin, for `--endpoint-url`. */
	endpoint: string;
	bucket: string;
}

/** CORS configuration for `aws s3api put-bucket-cors` (JSON), with the page's origin. */
export function corsJson(origin: string): string {
	const rules = {
		CORSRules: [
			{
				AllowedOrigins: [origin],
				AllowedMethods: CORS_RULE.allowedMethods,
				AllowedHeaders: CORS_RULE.allowedHeaders,
				ExposeHeaders: CORS_RULE.exposeHeaders,
				MaxAgeSeconds: CORS_RULE.maxAgeSeconds
			}
		]
	};
	// Short arrays on one line: easier to read and to edit before pasting.
	return JSON.stringify(rules, null, 2).replace(
		/\[\n\s+("[^\n]*"(?:,\n\s+"[^\n]*")*)\n\s+\]/g,
		(_, items: string) => `[${items.replace(/,\n\s+/g, ', ')}]`
	);
}

/** The same rule as S3 XML, for Ceph RGW via `s3cmd setcors` (or any S3 console). */
export function corsXml(origin: string): string {
	const lines = [
		'<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
		'  <CORSRule>',
		`    <AllowedOrigin>${escapeXml(origin)}</AllowedOrigin>`,
		...CORS_RULE.allowedMethods.map((m) => `    <AllowedMethod>${m}</AllowedMethod>`),
		...CORS_RULE.allowedHeaders.map((h) => `    <AllowedHeader>${h}</AllowedHeader>`),
		...CORS_RULE.exposeHeaders.map((h) => `    <ExposeHeader>${h}</ExposeHeader>`),
		`    <MaxAgeSeconds>${CORS_RULE.maxAgeSeconds}</MaxAgeSeconds>`,
		'  </CORSRule>',
		'</CORSConfiguration>'
	];
	return lines.join('\n');
}

/** Shell commands to apply the rules; arguments are single-quoted for POSIX shells. */
export function corsCommands(ctx: CorsContext): { aws: string; s3cmd: string; minio: string } {
	const q = shellWord;
	return {
		aws: `aws s3api put-bucket-cors --bucket ${q(ctx.bucket)} --cors-configuration file://cors.json --endpoint-url ${q(ctx.endpoint)}`,
		s3cmd: `s3cmd setcors cors.xml ${q(`s3://${ctx.bucket}`)}`,
		minio: `mc admin config set ALIAS api cors_allow_origin=${q(ctx.origin)}`
	};
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
