// The client's check of the map asset: the built assets/map.json passes it, and a damaged copy is
// refused with the field that is wrong named (the preloader shows that message instead of crashing
// in the renderer).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue.js';
import { mapAssetSchema, mapProblemText, parseMapAsset } from '../../src/map-asset.js';
import { SPACE_IDS } from '../../src/rules/index.js';

const TEXT = readFileSync(new URL('../../assets/map.json', import.meta.url), 'utf8');

type Part = Record<string, unknown>;
interface LooseMap {
  spaces: Record<string, Part>;
  homes: Record<string, Part>;
}

function damaged(change: (map: LooseMap) => void): unknown {
  const map = JSON.parse(TEXT) as LooseMap;
  change(map);
  return map;
}

describe('the map asset schema', () => {
  it('accepts the built map, with a drawing for every space', () => {
    const parsed = parseMapAsset(JSON.parse(TEXT));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.asset.spaces).sort()).toEqual([...SPACE_IDS].sort());
  });

  it('names a broken point, a missing space and a wrong home target', () => {
    const label = parseMapAsset(damaged((m) => (m.spaces.kz_west = { ...m.spaces.kz_west, label: 'here' })));
    expect(label).toEqual({ ok: false, problem: { code: 'field', field: 'spaces.kz_west.label', expected: 'point' } });
    if (!label.ok) expect(mapProblemText(label.problem)).toBe(t('ui.mapAsset.problem.field', { field: 'spaces.kz_west.label', expected: t('ui.mapAsset.expect.point') }));

    const missing = parseMapAsset(damaged((m) => delete m.spaces.afghanistan));
    expect(missing).toEqual({ ok: false, problem: { code: 'missing', field: 'spaces.afghanistan' } });

    const home = parseMapAsset(damaged((m) => (m.homes.china = { ...m.homes.china, arrowsTo: ['atlantis'] })));
    expect(home).toEqual({ ok: false, problem: { code: 'field', field: 'homes.china.arrowsTo.0', expected: 'spaceId' } });
  });

  it('takes a map by its quick check only when the schema would take it as it is', () => {
    const exact = JSON.parse(TEXT) as unknown;
    const parsed = parseMapAsset(exact);
    // The quick check hands back the file itself, equal to what the schema makes of it.
    expect(parsed.ok && parsed.asset).toBe(exact);
    expect(mapAssetSchema.parse(exact)).toEqual(exact);
    const damages: ((m: LooseMap) => void)[] = [
      (m) => (m.spaces.kz_west = { ...m.spaces.kz_west, label: [1, Number.NaN] }),
      (m) => (m.spaces.kz_west = { ...m.spaces.kz_west, label: [1, 2, 3] }),
      (m) => (m.spaces.kz_west = { ...m.spaces.kz_west, capital: [1, '2'] }),
      (m) => (m.spaces.kz_west = { ...m.spaces.kz_west, rings: [[[1, 2]], 'ring'] }),
      (m) => (m.spaces.atlantis = { ...m.spaces.kz_west }),
      (m) => (m.homes.china = { ...m.homes.china, anchor: null }),
      (m) => delete m.homes.turkey,
      (m) => (m.spaces.kz_west = { ...m.spaces.kz_west, note: 'a key the schema drops' }),
      (m) => ((m as unknown as Part).width = -5),
      (m) => ((m as unknown as Part).crossings = [{ from: 'kz_west', to: 'nowhere', points: [] }]),
    ];
    for (const damage of damages) {
      const map = damaged(damage);
      const schema = mapAssetSchema.safeParse(map);
      const result = parseMapAsset(map);
      expect(result.ok, String(damage)).toBe(schema.success);
      if (result.ok && schema.success) expect(result.asset).toEqual(schema.data);
    }
  });

  it('refuses something that is not a map at all', () => {
    const parsed = parseMapAsset([1, 2, 3]);
    expect(parsed).toEqual({ ok: false, problem: { code: 'field', field: '', expected: 'map' } });
    if (!parsed.ok) expect(mapProblemText(parsed.problem)).toBe(t('ui.mapAsset.problem.wholeFile', { expected: t('ui.mapAsset.expect.map') }));
  });
});
