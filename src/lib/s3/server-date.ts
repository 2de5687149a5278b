/** The Date header, when CORS lets us read it (for clock-skew checks). */
export function serverDateOf(res: Response): Date | undefined {
	const value = res.headers.get('date');
	if (!value) return undefined;
	const d = new Date(value);
	return Number.isNaN(d.getTime()) ? undefined : d;
}
