// How a module without a language words a sentence when nobody asks for another language: its
// English text with the values filled in. Such modules take a `Say` so the page can pass its own.
import type { Message } from './catalogue';
import { fillPlaceholders } from './language';

/** Words a message: `inEnglish` by default, the page's `say` for the chosen language. */
export type Say = (message: Message) => string;

export const inEnglish: Say = (message) => fillPlaceholders(message.key, message.params);
