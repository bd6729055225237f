// One conformance test for every scenario (STYLE §10, after OpenSpiel's RandomSimTest): legal
// moves exist until the end, each chosen one applies, copies round-trip, the same seed gives the
// same game, and every game ends within the scenario's maximum length.
import { describe, expect, it } from 'vitest';
import { activeSeat, applyMove, copyState, legalMoves, newGame, result, stateHash } from '../support/kernel.js';
import { seedRng } from '../../src/rules/index.js';
import { SCENARIO_IDS } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import { POWERS, type Scenario } from '../../src/rules/index.js';
import { pickFrom } from '../support/play.js';

/**
 * The longest a game can be: every action of every round is at most a card played for operations,
 * one operation per point of the best card plus the boost (each costs at least 1), and endOps.
 */
function maxGameLength(scenario: Scenario): number {
  const bestCard = Math.max(...scenario.cards.map((c) => c.ops));
  const movesPerAction = 1 + bestCard + scenario.options.maxBoost + 1;
  return scenario.rounds.length * POWERS.length * scenario.options.turnsPerRound * movesPerAction;
}

function playRandom(scenario: Scenario, seed: number): { hashes: string[]; length: number } {
  const rng = seedRng(seed ^ 0x5eed);
  let s = newGame(scenario, seed);
  const hashes = [stateHash(s)];
  const bound = maxGameLength(scenario);
  while (!s.over) {
    if (hashes.length > bound) expect.fail(`${scenario.id} seed ${seed}: longer than the maximum ${bound}`);
    const seat = activeSeat(s);
    const legal = legalMoves(s, seat);
    if (legal.length === 0) expect.fail(`${scenario.id} seed ${seed}: no legal move in round ${s.round}`);
    for (const other of POWERS) if (other !== seat && legalMoves(s, other).length > 0) expect.fail('a seat that is not to act has legal moves');
    const copy = copyState(s);
    expect(copy).toStrictEqual(s);
    const out = applyMove(s, pickFrom(rng, legal));
    if (!out.ok) expect.fail(`${scenario.id} seed ${seed}: legal move rejected: ${out.code}`);
    s = out.state;
    hashes.push(stateHash(s));
  }
  for (const p of POWERS) expect(legalMoves(s, p)).toEqual([]);
  expect(s.round).toBeLessThanOrEqual(scenario.rounds.length);
  const r = result(s);
  expect([...r.ranking].sort()).toEqual([...POWERS].sort());
  expect(r.reason).toBe(s.endReason);
  return { hashes, length: hashes.length - 1 };
}

describe('conformance of every bundled scenario', () => {
  for (const id of SCENARIO_IDS) {
    describe(id, () => {
      const scenario = bundledScenario(id);

      it('random games: legal moves until the end, each applies, and each ends within the maximum length', () => {
        const lengths: number[] = [];
        for (let seed = 1; seed <= 25; seed++) lengths.push(playRandom(scenario, seed).length);
        expect(Math.max(...lengths)).toBeLessThanOrEqual(maxGameLength(scenario));
        // Games do not all run the same way.
        expect(new Set(lengths).size).toBeGreaterThan(1);
      });

      it('the same seed gives the same game', () => {
        for (const seed of [3, 99, 123456]) expect(playRandom(scenario, seed).hashes).toEqual(playRandom(scenario, seed).hashes);
        expect(playRandom(scenario, 3).hashes).not.toEqual(playRandom(scenario, 4).hashes);
      });
    });
  }
});
