// The client's check of the map asset: the built assets/map.json passes it, and a damaged copy is
// refused with the field that is wrong named (the preloader shows that message instead of crashing
// in the renderer).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue.js';
import { mapProblemText, parseMapAsset } from '../../src/map-asset.js';
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

  it('refuses something that is not a map at all', () => {
    const parsed = parseMapAsset([1, 2, 3]);
    expect(parsed).toEqual({ ok: false, problem: { code: 'field', field: '', expected: 'map' } });
    if (!parsed.ok) expect(mapProblemText(parsed.problem)).toBe(t('ui.mapAsset.problem.wholeFile', { expected: t('ui.mapAsset.expect.map') }));
  });
});
