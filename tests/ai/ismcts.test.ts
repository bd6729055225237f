// The search's budgets do what their names say: `opsHorizon` bounds the search of the bot's own
// operation steps and `horizon` its card-level search, each without touching the other; and
// `weakerRival` moves what the search rewards.
import { describe, expect, it } from 'vitest';
import { activeSeat, gameOf, legalMoves, viewFor } from '../support/kernel.js';
import { moveId, seedRng } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import { DIFFICULTY, makeIsmcts } from '../../src/ai/index.js';
import type { IsmctsOptions } from '../../src/ai/ismcts.js';
import { randomPositions } from './helpers.js';

describe('the search’s options', () => {
  it('looks `opsHorizon` actions ahead, whatever the card-level horizon', () => {
    // Positions where the seat to act has operation points to spend and several steps to weigh.
    const pending = randomPositions(bundledScenario('historical'), 400, 53).filter((s) => s.pending !== null && legalMoves(s, activeSeat(s)).length > 2);
    const positions = pending.slice(0, 40);
    expect(positions.length).toBe(40);
    const choose = (options: Partial<IsmctsOptions>): string[] =>
      positions.map((s, k) => {
        const seat = activeSeat(s);
        const bot = makeIsmcts(gameOf(s), { ...DIFFICULTY.hard, opsIterations: 12, ...options });
        return moveId(bot.choose(viewFor(s, seat), legalMoves(s, seat), seedRng(k)).move);
      });
    const shortSteps = choose({ horizon: 0, opsHorizon: 0 });
    // The card-level horizon plays no part in choosing a step.
    expect(choose({ horizon: 6, opsHorizon: 0 })).toEqual(shortSteps);
    // opsHorizon does: looking six actions past the step changes some choices.
    const longSteps = choose({ horizon: 0, opsHorizon: 6 });
    expect(longSteps.filter((m, k) => m !== shortSteps[k]).length).toBeGreaterThan(0);
  });

  it('a weight on the margin over the weaker rival (`weakerRival`) changes what the search plays', () => {
    const positions = randomPositions(bundledScenario('historical'), 200, 61)
      .filter((s) => !s.over && s.pending === null && legalMoves(s, activeSeat(s)).length > 2)
      .slice(0, 30);
    expect(positions.length).toBe(30);
    const choose = (weakerRival: number): string[] =>
      positions.map((s, k) => {
        const seat = activeSeat(s);
        const bot = makeIsmcts(gameOf(s), { ...DIFFICULTY.hard, iterations: 24, opsIterations: 0, weakerRival });
        return moveId(bot.choose(viewFor(s, seat), legalMoves(s, seat), seedRng(k)).move);
      });
    const bestOnly = choose(0);
    expect(choose(0)).toEqual(bestOnly);
    expect(choose(0.3).filter((m, k) => m !== bestOnly[k]).length).toBeGreaterThan(0);
  });
});
