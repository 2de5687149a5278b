import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../i18n/language';
import { japanese } from '../testing/japanese';
import type { EndpointReport } from './endpoint-check';
import { reportLines } from './endpoint-report';

const REPORT: EndpointReport = {
	sigV2: 'refused',
	clockOffsetMs: 125_000,
	exposes: { ETag: 'no', Date: 'yes', 'Content-Range': 'unknown' },
	methods: { PUT: 'yes', POST: 'no' },
	versioning: 'never enabled'
};

const english = (report: EndpointReport, locale?: string) =>
	reportLines(report, locale).map((line) => fillPlaceholders(line.key, line.params));

describe('reportLines', () => {
	it('says each finding in one line, in the order of the list', () => {
		expect(english(REPORT, 'en-US')).toEqual([
			'SigV2: refused by this server',
			'Server clock: 2 min 5 s ahead of this device',
			'CORS header ETag: not exposed',
			'CORS header Date: exposed',
			'CORS header Content-Range: unknown',
			'PUT: allowed from this page',
			'POST: not allowed from this page',
			'Versioning: never enabled'
		]);
	});

	it('says "unknown" for every probe that went unanswered', () => {
		const unknown: EndpointReport = {
			sigV2: 'unknown',
			clockOffsetMs: null,
			exposes: { ETag: 'unknown', Date: 'unknown', 'Content-Range': 'unknown' },
			methods: { PUT: 'unknown', POST: 'unknown' },
			versioning: 'unknown'
		};
		expect(english(unknown)).toEqual([
			'SigV2: unknown',
			'Server clock: unknown',
			'CORS header ETag: unknown',
			'CORS header Date: unknown',
			'CORS header Content-Range: unknown',
			'PUT: unknown',
			'POST: unknown',
			'Versioning: unknown'
		]);
	});

	it('reads in Japanese, the clock offset in Japanese units', () => {
		const lines = reportLines({ ...REPORT, sigV2: 'accepted', versioning: 'Enabled' }, 'ja-JP');
		const shown = lines.map((line) =>
			fillPlaceholders(japanese[line.key as keyof typeof japanese], line.params)
		);
		expect(shown).toEqual([
			'SigV2：受け付けます',
			'サーバーの時計：この端末より2分5秒進んでいます',
			'CORS ヘッダー ETag：公開されていません',
			'CORS ヘッダー Date：公開されています',
			'CORS ヘッダー Content-Range：不明',
			'PUT：このページから許可されています',
			'POST：このページからは許可されていません',
			'バージョニング：有効'
		]);
	});
});
