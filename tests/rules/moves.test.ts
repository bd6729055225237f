// STYLE §14: one text form of a move. moveId and parseMoveId round-trip every legal move of random
// games on every scenario; parseMoveId and parseMove refuse what is not a move; describeMove has
// words in the catalogue for every legal move.
import { describe, expect, it } from 'vitest';
import { say } from '../../src/i18n/catalogue.js';
import { bundledGame, describeMove, moveId, parseMove, parseMoveId, SCENARIO_IDS, type Move } from '../../src/rules/index.js';
import { randomGame } from '../support/play.js';
import { legalMoves } from '../support/kernel.js';

describe('moveId / parseMoveId', () => {
  for (const id of SCENARIO_IDS) {
    it(`round-trips every legal move of 6 random games of ${id}`, () => {
      const seen = new Set<string>();
      let count = 0;
      for (let g = 0; g < 6; g++) {
        const { states } = randomGame(bundledGame(id), 100 + g, 200 + g);
        for (const s of states) {
          if (s.over) continue;
          for (const move of legalMoves(s, s.order[s.turn] ?? 'russia')) {
            const text = moveId(move);
            expect(parseMoveId(text)).toEqual(move);
            seen.add(move.type);
            count++;
          }
        }
      }
      expect(count).toBeGreaterThan(1000);
      // Every kind of move the game offers showed up at least once (invest is China's, diplomacy every power's).
      for (const type of ['playOps', 'playEvent', 'place', 'endOps', 'pass', 'invest', 'diplomacy', 'destabilise']) expect(seen).toContain(type);
    });
  }

  it('gives distinct ids to distinct moves', () => {
    const moves: Move[] = [
      { type: 'playEvent', power: 'russia', card: 'c' },
      { type: 'playEvent', power: 'russia', card: 'c', target: 'kz_west' },
      { type: 'playOps', power: 'russia', card: 'c' },
      { type: 'destabilise', power: 'turkey', space: 'kz_west', rival: 'russia' },
      { type: 'destabilise', power: 'turkey', space: 'kz_west', rival: 'china' },
      { type: 'pass', power: 'china' },
    ];
    expect(new Set(moves.map(moveId)).size).toBe(moves.length);
    expect(moveId({ type: 'destabilise', power: 'turkey', space: 'kz_west', rival: 'russia' })).toBe('destabilise:turkey:kz_west:russia');
  });

  it('refuses text that is not a move', () => {
    for (const bad of [
      '',
      'pass',
      'pass:nobody',
      'pass:china:extra',
      'place:russia',
      'place:russia:mars',
      'destabilise:turkey:kz_west',
      'fly:russia:kz_west',
      'playOps:russia:c:kz_west',
    ]) {
      expect(parseMoveId(bad), bad).toBeNull();
    }
  });

  it('parseMove refuses unknown keys and wrong shapes', () => {
    expect(parseMove({ type: 'pass', power: 'china', extra: 1 })).toBeNull();
    expect(parseMove({ type: 'place', power: 'china' })).toBeNull();
    expect(parseMove({ type: 'playEvent', power: 'china', card: 'x', target: 'moon' })).toBeNull();
    expect(parseMove({ type: 'playEvent', power: 'china', card: 'x' })).toEqual({ type: 'playEvent', power: 'china', card: 'x' });
  });
});

describe('describeMove', () => {
  it('names every legal move of a random game in words, with no gap or unfilled placeholder', () => {
    const { states } = randomGame(bundledGame('historical'), 5, 6);
    for (const s of states.slice(0, 200)) {
      if (s.over) continue;
      for (const move of legalMoves(s, s.order[s.turn] ?? 'russia')) {
        const words = say(describeMove(move));
        expect(words).not.toMatch(/^\[|\{\w+\}/);
        expect(words).toContain(say({ key: `power.${move.power}`, params: {} }));
      }
    }
  });

  it('says how many points a card for operations gives, in the right plural form', () => {
    expect(say(describeMove({ type: 'playOps', power: 'turkey', card: 'istanbul_summit_founds_ots' }, 1))).toMatch(/1 operation point$/);
    expect(say(describeMove({ type: 'playOps', power: 'turkey', card: 'istanbul_summit_founds_ots' }, 3))).toMatch(/3 operation points$/);
  });
});
