// The catalogue makes the words: ids in params become names, counts pick plural forms, and the
// pseudo-locale en-XA changes every message (so text that bypasses the catalogue stays plain).
import { describe, expect, it } from 'vitest';
import { hasMessage, LOCALES, say, t } from '../../src/i18n/catalogue.js';
import { pseudoLocalise, PSEUDO_GROWTH } from '../../src/i18n/pseudo.js';
import ui from '../../src/i18n/en/ui.json' with { type: 'json' };
import { REJECTIONS } from '../../src/rules/index.js';

describe('say', () => {
  it('names the powers, spaces and cards a kernel message carries as ids', () => {
    expect(say({ key: 'reject.notYourTurn', params: { power: 'china', active: 'russia' } })).toBe("It is Russia's turn, not China's.");
    expect(say({ key: 'move.destabilise', params: { power: 'turkey', rival: 'russia', space: 'kz_west' } })).toBe('Turkey destabilises Russia in Kazakhstan West');
    expect(say({ key: 'reject.notInHand', params: { card: 'istanbul_summit_founds_ots' } })).toBe(`${t('card.istanbul_summit_founds_ots.title')} is not in your hand.`);
  });

  it('puts a nested message key into words', () => {
    expect(say({ key: 'ui.error.replay', params: { step: 3, because: 'reject.notInHand' } })).toMatch(/at step 3: .* is not in your hand\.$/);
  });

  it('has words for every rejection code', () => {
    for (const code of REJECTIONS) expect(hasMessage(`reject.${code}`), code).toBe(true);
  });
});

describe('plural forms (Intl.PluralRules)', () => {
  it('chooses one or other by count', () => {
    expect(t('log.cardsDrawn', { power: 'Russia', count: 1 })).toBe('Russia draws 1 card.');
    expect(t('log.cardsDrawn', { power: 'Russia', count: 0 })).toBe('Russia draws 0 cards.');
    expect(t('log.cardsDrawn', { power: 'Russia', count: 3 })).toBe('Russia draws 3 cards.');
    expect(hasMessage('log.cardsDrawn')).toBe(true);
  });

  it('leaves no "(s)" plural shortcut in the English messages', () => {
    const all = Object.values(ui as Record<string, string>);
    expect(all.filter((m) => /\(s\)/.test(m))).toEqual([]);
  });
});

describe('the pseudo-locale en-XA', () => {
  it('is a locale of the catalogue', () => {
    expect(LOCALES).toContain('en-XA');
  });

  it('accents every letter, keeps placeholders, and grows the text by about a third', () => {
    const out = pseudoLocalise('Russia draws {count} cards.');
    expect(out.startsWith('[') && out.endsWith(']')).toBe(true);
    expect(out).toContain('{count}');
    expect(out).not.toMatch(/[a-zA-Z]{2,}(?![^{]*\})/);
    const visible = 'Russia draws  cards.'.length;
    expect(out.length - 2 - '{count}'.length).toBeGreaterThanOrEqual(Math.round(visible * (1 + PSEUDO_GROWTH)));
  });

  it('transforms every message of the catalogue, and params still fill in', () => {
    for (const key of Object.keys(ui)) {
      if ((ui as Record<string, string>)[key] === '') continue;
      expect(t(key, {}, 'en-XA'), key).not.toBe(t(key, {}, 'en'));
    }
    expect(t('log.cardsDrawn', { power: 'X', count: 2 }, 'en-XA')).toContain('2');
  });
});
