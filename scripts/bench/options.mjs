// The bench's command line: which groups of measurements run, how many runs per figure, how many
// objects the listing uses, and whether the local RGW stays up afterwards.

/** The groups, in the order they run and appear in the table. */
export const GROUPS = ['presign', 'listing', 'screen', 'qr'];

export const USAGE = `npm run bench [-- options]

One benchmark run on this machine, printed as a table. BENCHMARKS.md is written only when every
group ran (no --only, or --only naming them all); a partial run prints its figures and leaves
BENCHMARKS.md alone.

  --only GROUPS  comma-separated subset of: ${GROUPS.join(', ')}
                   presign  presign rates: bulk worker pool, lean signer, presignUrl, the SDK,
                            the WebCrypto floor; main-thread long tasks (no RGW needed)
                   listing  100,000 objects listed by the app, botocore and the aws CLI; the
                            browser state, its filter and the built app with every row loaded
                   screen   the first screen's weight, the precache, time on a mobile profile
                   qr       drawQr for 500- and 1,500-character URLs
  --runs N       runs per figure, medians reported (default 3)
  --count N      objects under demo/large/ for the listing (default 100,000)
  --keep         leave the local RGW running at the end
  --help         this text`;

/** A usage error: the message and the usage text go to stderr, exit status 2. */
export class UsageError extends Error {}

function positive(name, text) {
	const n = Number(text);
	if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a positive integer`);
	return n;
}

/**
 * Parses `argv` (without node and the script). Returns
 * { help, keep, runs, count, groups: string[] (in GROUPS order), all: boolean }.
 */
export function parseOptions(argv) {
	const options = { help: false, keep: false, runs: 3, count: 100_000, groups: [...GROUPS] };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].startsWith('--') ? argv[i].split(/=(.*)/s) : [argv[i]];
		const value = () => {
			if (inline !== undefined) return inline;
			if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
			return argv[++i];
		};
		if (flag === '--help' || flag === '-h') options.help = true;
		else if (flag === '--keep') options.keep = true;
		else if (flag === '--runs') options.runs = positive(flag, value());
		else if (flag === '--count') options.count = positive(flag, value());
		else if (flag === '--only') {
			const wanted = value()
				.split(',')
				.map((g) => g.trim())
				.filter(Boolean);
			const unknown = wanted.filter((g) => !GROUPS.includes(g));
			if (unknown.length || !wanted.length)
				throw new UsageError(`--only takes groups among ${GROUPS.join(', ')}`);
			options.groups = GROUPS.filter((g) => wanted.includes(g));
		} else throw new UsageError(`unknown argument: ${argv[i]}`);
	}
	return { ...options, all: options.groups.length === GROUPS.length };
}
