// Debian's Chromium, as every browser-driving script here launches it. Playwright cannot
// download its own browsers on these machines, and without the background-networking flags
// Chromium keeps dialling Google's hosts, which the closed network refuses.

/** The Chromium binary: CHROMIUM_PATH, or Debian's package. */
export const chromiumExecutable = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launch flags that work headless, as root, with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
