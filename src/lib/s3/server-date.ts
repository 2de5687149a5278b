import { parseDate } from '../format/dates';

/** The Date header, when CORS lets us read it (for clock-skew checks). */
export function serverDateOf(res: Response): Date | undefined {
	return parseDate(res.headers.get('date'));
}
