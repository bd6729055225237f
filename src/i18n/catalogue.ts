// The one message catalogue. Every user-facing string (screens, log lines, rejection reasons, card,
// event, agenda and scenario texts) is looked up here by key, so a new language is a new folder of
// JSON files, never a change to a screen. Keys are dotted: `card.<id>.title`, `ui.setup.start`.
import ai from './en/ai.json' with { type: 'json' };
import cards from './en/cards.json' with { type: 'json' };
import rules from './en/rules.json' with { type: 'json' };
import sim from './en/sim.json' with { type: 'json' };
import ui from './en/ui.json' with { type: 'json' };

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Languages written right to left; the client mirrors its layout for them. */
export const RTL_LOCALES: readonly string[] = ['ar'];

export type MessageParams = Readonly<Record<string, string | number>>;
type Messages = Readonly<Record<string, string>>;

const CATALOGUES: Record<Locale, Messages> = {
  en: { ...ai, ...cards, ...rules, ...sim, ...ui },
};

/** Whether the catalogue has a message for the key (used by tests that every id is translated). */
export function hasMessage(key: string, locale: Locale = 'en'): boolean {
  return key in CATALOGUES[locale];
}

/**
 * The message for `key` with `{name}` placeholders filled from `params`. A missing key returns the
 * key itself in brackets, so a gap shows on screen instead of crashing the game.
 */
export function t(key: string, params: MessageParams = {}, locale: Locale = 'en'): string {
  const template = CATALOGUES[locale][key] ?? CATALOGUES.en[key];
  if (template === undefined) return `[${key}]`;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
