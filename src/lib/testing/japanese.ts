// The whole Japanese catalogue, every part merged, for specs that check a sentence has its
// translation: the page loads all parts, so which part holds a sentence does not matter.
import firstScreen from '../i18n/ja/first-screen';
import history from '../i18n/ja/history';
import links from '../i18n/ja/links';
import recipients from '../i18n/ja/recipients';
import setup from '../i18n/ja/setup';

export const japanese: Readonly<Record<string, string>> = {
	...firstScreen,
	...recipients,
	...setup,
	...history,
	...links
};
