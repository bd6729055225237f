// Strength, on fixed seeds so it never flakes: the hard search bot and the heuristic bot each beat
// the random bot in a sample of historical games with the seat rotating through all three powers.
// (The bench and the runner measure the finer comparisons: hard against medium and heuristic.)
import { describe, expect, it } from 'vitest';
import { bundledGame } from '../../src/rules/index.js';
import { DIFFICULTY, makeHeuristic, makeIsmcts, makeRandom } from '../../src/ai/index.js';
import { heroWins } from './helpers.js';

const GAMES = 12;

describe('strength against the random bot (historical, 12 games, seats rotating)', () => {
  it('the heuristic bot wins at least 11', () => {
    const { wins } = heroWins(
      bundledGame('historical').scenario,
      GAMES,
      101,
      () => makeHeuristic(bundledGame('historical')),
      () => makeRandom(),
    );
    expect(wins).toBeGreaterThanOrEqual(11);
  });

  it('the hard search bot wins at least 11', () => {
    const { wins } = heroWins(
      bundledGame('historical').scenario,
      GAMES,
      202,
      () => makeIsmcts(bundledGame('historical'), DIFFICULTY.hard),
      () => makeRandom(),
    );
    expect(wins).toBeGreaterThanOrEqual(11);
  });
});
