// Listing a large prefix: the app's client in Chromium against botocore's paginator and the aws
// CLI; the app's browser state (Load all, no DOM) and its filter; the built app with every row
// loaded (Load all, scroll to the end, filter, sort).
import { measureAppListing } from './app-listing.mjs';
import {
	APP_ORIGIN,
	PREFIX,
	conn,
	fmt,
	log,
	longTask,
	median,
	medianMs,
	ok,
	rate,
	timed
} from './common.mjs';

/** The aws CLI's listing; it prints the query's answer once per page, so the pages are summed. */
function listWithCli() {
	const [out, secs] = timed('aws', [
		's3api',
		'list-objects-v2',
		'--endpoint-url',
		conn.endpoint,
		'--bucket',
		conn.bucket,
		'--prefix',
		PREFIX,
		'--page-size',
		'1000',
		'--query',
		'length(Contents)',
		'--output',
		'text'
	]);
	const count = out
		.split(/\s+/)
		.filter(Boolean)
		.reduce((sum, n) => sum + Number(n), 0);
	return { count, ms: secs * 1000 };
}

/** Measures through `call` on the bench page and `browser` for the built app. */
export async function measureListing(call, browser, { runs, count }) {
	log(`listing ${count} objects: app in Chromium vs botocore vs aws CLI (${runs} runs each)`);
	const appList = [];
	const botoList = [];
	const cliList = [];
	for (let i = 0; i < runs; i++) {
		appList.push(await call('list', conn, PREFIX));
		const [out] = timed('python3', [
			'scripts/bench/list-botocore.py',
			conn.endpoint,
			conn.bucket,
			PREFIX
		]);
		botoList.push(JSON.parse(out));
		cliList.push(listWithCli());
	}
	const client = {
		count: appList[0].count,
		botoCount: botoList[0].count,
		cliCount: cliList[0].count,
		app: rate(medianMs(appList), appList[0].count),
		boto: rate(medianMs(botoList), botoList[0].count),
		cli: rate(medianMs(cliList), cliList[0].count),
		appMs: medianMs(appList),
		longest: Math.max(...appList.map((r) => r.longestTaskMs)),
		gap: Math.max(...appList.map((r) => r.maxTimerGapMs))
	};
	log(`listing ${count} objects in the app's browser state (Load all), ${runs} runs`);
	const stateList = [];
	for (let i = 0; i < runs; i++) stateList.push(await call('listBrowser', conn, PREFIX));
	const state = {
		count: stateList[0].count,
		rate: rate(medianMs(stateList), stateList[0].count),
		error: stateList.find((r) => r.error)?.error ?? null,
		longest: Math.max(...stateList.map((r) => r.longestTaskMs)),
		gap: Math.max(...stateList.map((r) => r.maxTimerGapMs))
	};
	// After listBrowser: the browser state holds the listing the filter runs on.
	const filter = await call('filter', '0999');
	log(`the built app with ${count} objects loaded: Load all, scroll, filter, sort (${runs} runs)`);
	const appRuns = [];
	for (let i = 0; i < runs; i++) {
		appRuns.push(
			await measureAppListing(browser, { appUrl: `${APP_ORIGIN}/`, conn, prefix: PREFIX, count })
		);
	}
	const appUi = Object.fromEntries(
		['loadAllMs', 'scrollMs', 'filterMs', 'sortMs'].map((k) => [
			k,
			median(appRuns.map((r) => r[k]))
		])
	);
	return { count, client, state, filter, appUi, domRows: appRuns[0].domRows };
}

/** The table's rows: [measure, result, notes]. */
export function listingRows({ count, client: l, state: s, filter, appUi: ui, domRows }) {
	const faster = Math.max(l.boto, l.cli);
	const uiMs = ui.scrollMs + ui.filterMs + ui.sortMs;
	return [
		[
			`Listing ${fmt(l.count)} objects, app client in Chromium`,
			`${fmt(l.app)} objects/s`,
			`${fmt(l.appMs / 1000, 1)} s; listAllObjects (bulk links' listing), pages pipelined`
		],
		[
			'Listing, botocore list_objects_v2 paginator',
			`${fmt(l.boto)} objects/s`,
			`${fmt(l.botoCount)} objects; app ${fmt(l.app / l.boto, 2)}×`
		],
		[
			'Listing, aws s3api list-objects-v2 (incl. start-up)',
			`${fmt(l.cli)} objects/s`,
			`${fmt(l.cliCount)} objects; app ${fmt(l.app / l.cli, 2)}×`
		],
		['Target: listing ≥ CLI', `${fmt(l.app / faster, 2)}× the faster`, ok(l.app >= faster)],
		[
			'Longest main-thread task, app client listing',
			`${longTask(l.longest)}`,
			`largest timer gap ${fmt(l.gap)} ms; ${ok(l.longest < 200)} (< 200 ms)`
		],
		[
			`Listing ${fmt(s.count)} objects, app browser state (Load all)`,
			`${fmt(s.rate)} objects/s`,
			`open + loadAll, delimiter '/', rows derived after every page, no DOM${s.error ? `; error: ${s.error}` : ''}`
		],
		[
			'Longest main-thread task, browser state listing',
			`${longTask(s.longest)}`,
			`largest timer gap ${fmt(s.gap)} ms; ${ok(s.longest < 200)} (< 200 ms); list rendering not included`
		],
		[
			`Filter ${fmt(filter.count)} keys (browser state rows, filterKeys)`,
			`${fmt(filter.medianMs, 1)} ms`,
			`first run ${fmt(filter.coldMs, 1)} ms, worst ${fmt(filter.maxMs, 1)} ms, ${filter.hits} hits; ${ok(filter.coldMs < 100)} (< 100 ms)`
		],
		[
			`App page: Load all ${fmt(count)} objects`,
			`${fmt(ui.loadAllMs / 1000, 1)} s`,
			`${fmt(rate(ui.loadAllMs, count))} objects/s; the built app, list rendered (${domRows} rows in the DOM)`
		],
		[
			`App page, ${fmt(count)} rows: scroll to end / filter / sort`,
			`${fmt(uiMs)} ms`,
			`${fmt(ui.scrollMs)} / ${fmt(ui.filterMs)} / ${fmt(ui.sortMs)} ms until the row shows; ${ok(uiMs < 5000)} (< 5 s)`
		]
	];
}
