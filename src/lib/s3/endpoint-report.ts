// The Endpoint check's findings as the lines the page lists: one sentence per probe, each whole
// (so it translates as a whole), the clock offset written for the reader's locale.
import { formatClockOffset } from '../format/duration';
import type { Message, MessageKey } from '../i18n/catalogue';
import type { Answer, EndpointReport, SigV2Answer, Versioning } from './endpoint-check';

const SIGV2: Record<SigV2Answer, MessageKey> = {
	accepted: 'SigV2: accepted',
	refused: 'SigV2: refused by this server',
	unknown: 'SigV2: unknown'
};
const EXPOSED: Record<Answer, MessageKey> = {
	yes: 'CORS header {header}: exposed',
	no: 'CORS header {header}: not exposed',
	unknown: 'CORS header {header}: unknown'
};
const ALLOWED: Record<Answer, MessageKey> = {
	yes: '{method}: allowed from this page',
	no: '{method}: not allowed from this page',
	unknown: '{method}: unknown'
};
const VERSIONING: Record<Versioning, MessageKey> = {
	Enabled: 'Versioning: Enabled',
	Suspended: 'Versioning: Suspended',
	'never enabled': 'Versioning: never enabled',
	unknown: 'Versioning: unknown'
};

/** The report line by line, in the order the page lists it. */
export function reportLines(report: EndpointReport, locale?: string): Message[] {
	const offset = report.clockOffsetMs;
	return [
		{ key: SIGV2[report.sigV2] },
		offset === null
			? { key: 'Server clock: unknown' }
			: { key: 'Server clock: {offset}', params: { offset: formatClockOffset(offset, locale) } },
		...Object.entries(report.exposes).map(([header, answer]): Message => ({
			key: EXPOSED[answer],
			params: { header }
		})),
		...Object.entries(report.methods).map(([method, answer]): Message => ({
			key: ALLOWED[answer],
			params: { method }
		})),
		{ key: VERSIONING[report.versioning] }
	];
}
