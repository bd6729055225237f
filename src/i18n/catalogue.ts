// The one message catalogue. Every user-facing string (screens, log lines, rejection reasons, card,
// event, agenda and scenario texts, bot explanations) is looked up here by key, so a new language
// is a new folder of JSON files, never a change to a screen. Keys are dotted: `card.<id>.title`,
// `ui.setup.start`. The kernel and the bots speak codes (`{ key, params }` with ids for params);
// `say` turns such a message into words, naming the powers, spaces, cards and events it mentions.
import ai from './en/ai.json' with { type: 'json' };
import cards from './en/cards.json' with { type: 'json' };
import rules from './en/rules.json' with { type: 'json' };
import sim from './en/sim.json' with { type: 'json' };
import ui from './en/ui.json' with { type: 'json' };
import type { Message, MessageParams } from '../rules/index.js';
import { pseudoLocalise } from './pseudo.js';

/** `en-XA` is the pseudo-locale: English accented and about 35% longer, to find text that bypasses the catalogue or does not fit. */
export const LOCALES = ['en', 'en-XA'] as const;
export type Locale = (typeof LOCALES)[number];
/** Languages written right to left; the client mirrors its layout for them. */
export const RTL_LOCALES: readonly string[] = ['ar'];

export type { Message, MessageParams };
type Messages = Readonly<Record<string, string>>;

const ENGLISH: Messages = { ...ai, ...cards, ...rules, ...sim, ...ui };

/** The pseudo-locale's texts, made the first time they are asked for: transforming every message
 *  when the module loads cost every page (and every script) that never shows the pseudo-locale. */
let pseudoMessages: Messages | null = null;

function messagesOf(locale: Locale): Messages {
  if (locale === 'en') return ENGLISH;
  pseudoMessages ??= Object.fromEntries(Object.entries(ENGLISH).map(([key, text]) => [key, pseudoLocalise(text)]));
  return pseudoMessages;
}

/** The locale `t` uses when none is given: the client sets it once from the page's address. */
let current: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function currentLocale(): Locale {
  return current;
}

/** The BCP 47 tag for Intl (the pseudo-locale counts and sorts as English). */
function intlTag(locale: Locale): string {
  return locale === 'en-XA' ? 'en' : locale;
}

/** Whether the catalogue has a message for the key, in any plural form (used by tests that every id is translated). */
export function hasMessage(key: string, locale: Locale = current): boolean {
  const messages = messagesOf(locale);
  return key in messages || `${key}#other` in messages;
}

/** The template for `key`; a numeric `count` picks the plural form `key#one`, `key#other`… (Intl.PluralRules). */
function templateOf(key: string, params: MessageParams, locale: Locale): string | undefined {
  const messages = messagesOf(locale);
  const count = params.count;
  if (typeof count === 'number' && `${key}#other` in messages) {
    const category = new Intl.PluralRules(intlTag(locale)).select(count);
    return messages[`${key}#${category}`] ?? messages[`${key}#other`];
  }
  return messages[key] ?? ENGLISH[key];
}

/**
 * The message for `key` with `{name}` placeholders filled from `params`. A missing key returns the
 * key itself in brackets, so a gap shows on screen instead of crashing the game.
 */
export function t(key: string, params: MessageParams = {}, locale: Locale = current): string {
  const template = templateOf(key, params, locale);
  if (template === undefined) return `[${key}]`;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Params whose values are ids, by name, and the catalogue key that names each id. */
const ID_PARAMS: Readonly<Record<string, (id: string) => string>> = {
  power: (id) => `power.${id}`,
  active: (id) => `power.${id}`,
  side: (id) => `power.${id}`,
  rival: (id) => `power.${id}`,
  winner: (id) => `power.${id}`,
  by: (id) => `power.${id}`,
  space: (id) => `space.${id}`,
  target: (id) => `space.${id}`,
  card: (id) => `card.${id}.title`,
  event: (id) => `event.${id}.title`,
  /** A message key nested in another message ("…could not be replayed at step 3: {because}"). */
  because: (key) => key,
};

/** The words for a kernel or bot message: ids among the params become names, then `t` fills the template. */
export function say(message: Message, locale: Locale = current): string {
  const named: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) {
    const keyOf = ID_PARAMS[name];
    named[name] = keyOf && typeof value === 'string' ? t(keyOf(value), {}, locale) : value;
  }
  return t(message.key, named, locale);
}

/** A list in the locale's own way ("A, B and C"). */
export function joinList(items: readonly string[], locale: Locale = current): string {
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' }).format(items);
}
