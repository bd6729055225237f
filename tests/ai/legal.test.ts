// Bots only ever choose legal moves: every bot, on thousands of positions of every scenario reached
// by random play (search bots with tiny budgets so the test stays fast).
import { describe, expect, it } from 'vitest';
import { applyMove, legalMoves, activeSeat, handleOf, viewFor } from '../support/kernel.js';
import { explanationText } from '../../src/client/describe.js';
import type { GameHandle } from '../../src/rules/index.js';
import { seedRng } from '../../src/rules/index.js';
import type { Bot } from '../../src/ai/bot.js';
import { DIFFICULTY, makeHeuristic, makeIsmcts, makeRandom } from '../../src/ai/index.js';
import { allScenarios, randomPositions } from './helpers.js';

const BOTS: readonly (readonly [string, (game: GameHandle) => Bot])[] = [
  ['random', () => makeRandom()],
  ['heuristic', (game) => makeHeuristic(game)],
  ['easy (tiny)', (game) => makeIsmcts(game, { ...DIFFICULTY.easy, iterations: 4 })],
  ['medium (tiny)', (game) => makeIsmcts(game, { ...DIFFICULTY.medium, iterations: 10, opsIterations: 4 })],
  ['hard (tiny)', (game) => makeIsmcts(game, { ...DIFFICULTY.hard, iterations: 16, opsIterations: 8 })],
];

describe('bots choose only legal moves', () => {
  for (const scenario of allScenarios()) {
    it(`in ${scenario.id}`, () => {
      const positions = randomPositions(scenario, 400, 17);
      let checked = 0;
      for (const [name, make] of BOTS) {
        const bot = make(handleOf(scenario));
        const rng = seedRng(3);
        for (const state of positions) {
          const seat = activeSeat(state);
          const legal = legalMoves(state, seat);
          const choice = bot.choose(viewFor(state, seat), legal, rng);
          expect(legal, `${name} chose outside the legal moves`).toContain(choice.move);
          const applied = applyMove(state, choice.move);
          expect(applied.ok, `${name}: ${JSON.stringify(choice.move)}`).toBe(true);
          const words = explanationText(choice.explanation);
          expect(words.length).toBeGreaterThan(0);
          expect(words).not.toMatch(/\[(ai|move)\./);
          checked++;
        }
      }
      expect(checked).toBe(positions.length * BOTS.length);
    });
  }
});
