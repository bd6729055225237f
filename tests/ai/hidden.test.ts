// No peeking (R11, STYLE §8) and determinism: a bot's choice depends only on its seat's view and
// the generator state it is given.
import { describe, expect, it } from 'vitest';
import { activeSeat, gameOf, legalMoves, viewFor } from '../support/kernel.js';
import { seedRng } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import type { Bot } from '../../src/ai/bot.js';
import type { GameHandle } from '../../src/rules/index.js';
import { DIFFICULTY, makeBot, makeHeuristic, makeIsmcts } from '../../src/ai/index.js';
import { FIXTURE } from './fixture-scenario.js';
import { hideAndReshuffle, randomPositions } from './helpers.js';

const SEARCHERS: readonly (readonly [string, (game: GameHandle) => Bot])[] = [
  ['heuristic', (game) => makeHeuristic(game)],
  ['ismcts', (game) => makeIsmcts(game, { ...DIFFICULTY.hard, iterations: 30, opsIterations: 12 })],
];

describe('no peeking: other seats’ hidden cards do not change a choice', () => {
  for (const scenario of [bundledScenario('historical'), FIXTURE]) {
    for (const [name, make] of SEARCHERS) {
      it(`${name} in ${scenario.id}`, () => {
        const positions = randomPositions(scenario, 120, 29);
        let differentSecrets = 0;
        for (const [k, state] of positions.entries()) {
          const seat = activeSeat(state);
          const other = hideAndReshuffle(state, seat, 1000 + k);
          if (JSON.stringify(other.hands) !== JSON.stringify(state.hands) || JSON.stringify(other.deck) !== JSON.stringify(state.deck)) differentSecrets++;
          const view = viewFor(state, seat);
          expect(viewFor(other, seat)).toEqual(view);
          const legal = legalMoves(state, seat);
          expect(legalMoves(other, seat)).toEqual(legal);
          const a = make(gameOf(state)).choose(view, legal, seedRng(k));
          const b = make(gameOf(state)).choose(viewFor(other, seat), legalMoves(other, seat), seedRng(k));
          expect(b.move).toEqual(a.move);
          expect(b.explanation).toEqual(a.explanation);
        }
        // The check means something only if the hidden cards really differ.
        expect(differentSecrets).toBeGreaterThan(positions.length / 2);
      });
    }
  }
});

describe('determinism: same view and generator state, same choice and explanation', () => {
  for (const name of ['random', 'heuristic', 'easy', 'medium'] as const) {
    it(name, () => {
      const positions = randomPositions(bundledScenario('historical'), name === 'medium' ? 25 : 80, 41);
      for (const [k, state] of positions.entries()) {
        const seat = activeSeat(state);
        const view = viewFor(state, seat);
        const legal = legalMoves(state, seat);
        const r1 = seedRng(k * 7 + 1);
        const r2 = seedRng(k * 7 + 1);
        const a = makeBot(name, gameOf(state)).choose(view, legal, r1);
        // A second bot, a fresh copy of the view and the legal list: nothing may be cached between calls.
        const b = makeBot(name, gameOf(state)).choose(structuredClone(view), structuredClone(legal), r2);
        expect(b.move).toEqual(a.move);
        expect(b.explanation).toEqual(a.explanation);
        expect(r2).toEqual(r1);
      }
    });
  }

  it('the same bot object gives the same answer twice', () => {
    const [state] = randomPositions(bundledScenario('historical'), 1, 5);
    if (!state) throw new Error('no position');
    const bot = makeIsmcts(gameOf(state), { ...DIFFICULTY.hard, iterations: 60, opsIterations: 20 });
    const seat = activeSeat(state);
    const view = viewFor(state, seat);
    const legal = legalMoves(state, seat);
    expect(bot.choose(view, legal, seedRng(9))).toEqual(bot.choose(view, legal, seedRng(9)));
  });

  it('the view given to a bot is left unchanged', () => {
    const positions = randomPositions(bundledScenario('historical'), 30, 8);
    for (const state of positions) {
      const seat = activeSeat(state);
      const view = viewFor(state, seat);
      const before = JSON.stringify(view);
      makeIsmcts(gameOf(state), { name: 'easy', iterations: 20 }).choose(view, legalMoves(state, seat), seedRng(1));
      makeHeuristic(gameOf(state)).choose(view, legalMoves(state, seat), seedRng(1));
      expect(JSON.stringify(view)).toBe(before);
    }
  });
});
