// The numbers RULES.md prints in italics are the historical scenario's: the file must say the same.
import { describe, expect, it } from 'vitest';
import { bundledScenario } from '../support/kernel.js';
import type { SpaceId } from '../../src/rules/index.js';

const h = bundledScenario('historical');

function neighbours(id: SpaceId): readonly SpaceId[] {
  return h.spaces.find((s) => s.id === id)?.neighbours ?? [];
}

describe('the historical scenario matches the rulebook', () => {
  it('R1.3 the spaces, Kazakhstan in three regions, stability 1–4, symmetric borders and the two Caspian crossings', () => {
    expect(h.spaces.map((s) => s.id).sort()).toEqual([
      'afghanistan',
      'armenia',
      'azerbaijan',
      'georgia',
      'kyrgyzstan',
      'kz_north',
      'kz_south',
      'kz_west',
      'tajikistan',
      'turkmenistan',
      'uzbekistan',
    ]);
    for (const s of h.spaces) {
      expect(s.stability).toBeGreaterThanOrEqual(1);
      expect(s.stability).toBeLessThanOrEqual(4);
      for (const n of s.neighbours) expect(neighbours(n), `${n} lists ${s.id}`).toContain(s.id);
    }
    expect(neighbours('kz_west')).toContain('azerbaijan');
    expect(neighbours('turkmenistan')).toContain('azerbaijan');
    expect(
      h.spaces
        .filter((s) => s.nearXinjiang)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['afghanistan', 'kyrgyzstan', 'kz_north', 'kz_south', 'tajikistan']);
  });

  it('R1.4 the home areas touch the spaces the book lists', () => {
    expect([...h.powers.russia.homeNeighbours].sort()).toEqual(['azerbaijan', 'georgia', 'kz_north', 'kz_west']);
    expect([...h.powers.turkey.homeNeighbours].sort()).toEqual(['armenia', 'azerbaijan', 'georgia']);
    expect([...h.powers.china.homeNeighbours].sort()).toEqual(['afghanistan', 'kyrgyzstan', 'kz_north', 'kz_south', 'tajikistan']);
  });

  it('R2 and R4–R10: hand 4, 8 rounds scoring in 4 and 8, order Russia–China–Turkey, 2 actions, boost 2 (nobody more), income Russia 4, Turkey 3, China 3, pool 6, call at 6, OTS 5, overstretch 3 of 6, sudden death 12', () => {
    expect(h.options.handSize).toBe(4);
    expect(h.rounds).toHaveLength(8);
    expect(h.rounds.flatMap((r, i) => (r.scoring ? [i + 1] : []))).toEqual([4, 8]);
    expect(h.firstOrder).toEqual(['russia', 'china', 'turkey']);
    expect(h.options.turnsPerRound).toBe(2);
    expect(h.options.maxBoost).toBe(2);
    expect([h.powers.russia.baseIncome, h.powers.turkey.baseIncome, h.powers.china.baseIncome]).toEqual([4, 3, 3]);
    expect([h.powers.russia.extraBoost, h.powers.turkey.extraBoost, h.powers.china.extraBoost]).toEqual([0, 0, 0]);
    expect(h.options.maxPool).toBe(6);
    expect(h.options.callThreshold).toBe(6);
    expect(h.options.otsReadyAt).toBe(5);
    expect(h.options.overstretchSafe).toBe(3);
    expect(h.options.overstretchMax).toBe(6);
    expect(h.options.suddenDeathLead).toBe(12);
  });
});
