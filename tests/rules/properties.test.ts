// Invariants over random legal games of every bundled scenario (fast-check, seeded): nothing goes
// out of range, no card is lost or made, control is always R3.1 worked out afresh, every VP has
// its line in the score log, games end, states are plain data, and applyMove never changes its input.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlOf, stabilityOf } from '../../src/rules/index.js';
import { activeSeat, applyMove, legalMoves, newGame } from '../support/kernel.js';
import { seedRng } from '../../src/rules/index.js';
import { handleOf } from '../support/kernel.js';
import { SCENARIO_IDS } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import { POWERS, type GameState, type Scenario } from '../../src/rules/index.js';
import { pickFrom, recountControl, sortedCards } from '../support/play.js';

/** No game of any bundled scenario needs more moves than this (8 rounds × 6 actions × a few operations each). */
const MOVE_BOUND = 2_000;

/** A failed invariant: thrown with what broke, so fast-check shrinks and reports it. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`invariant broken: ${what}`);
}

function checkInvariants(scenario: Scenario, s: GameState, deck: readonly string[]): void {
  const ix = handleOf(scenario);
  for (const space of ix.spaceIds) {
    for (const p of POWERS) check(s.influence[space][p] >= 0, `${p} influence in ${space} is ${s.influence[space][p]}`);
    check(s.investment[space] >= 0, `investment in ${space} is ${s.investment[space]}`);
    check(s.influence[space].china >= s.investment[space], `China's influence in ${space} is below its investment`);
    const stability = stabilityOf(ix, s, space);
    check(stability >= 1 && stability <= 4, `stability of ${space} is ${stability}`);
    const kernel = controlOf(ix, s, space);
    const recount = recountControl(scenario, s, space);
    check(kernel === recount, `control of ${space}: kernel ${kernel}, recount ${recount}`);
  }
  check(s.unrest >= 0 && s.unrest <= 10, `unrest is ${s.unrest}`);
  check(s.overstretch >= 0 && s.overstretch <= scenario.options.overstretchMax, `overstretch is ${s.overstretch}`);
  check(s.otsReadiness >= 0 && s.otsReadiness <= 5, `OTS readiness is ${s.otsReadiness}`);
  for (const p of POWERS) {
    check(s.pool[p] >= 0 && s.pool[p] <= scenario.options.maxPool, `${p} pool is ${s.pool[p]}`);
    const logged = s.scoreLog.filter((l) => l.power === p).reduce((sum, l) => sum + l.amount, 0);
    check(s.vp[p] === logged, `${p} has ${s.vp[p]} VP but its score log sums to ${logged}`);
  }
  check(isDeepStrictEqual(sortedCards(s), deck), 'hands + deck + discard + removed is not the scenario deck');
  check(s.round >= 1 && s.round <= scenario.rounds.length, `round is ${s.round}`);
}

describe('properties of random legal games', () => {
  for (const id of SCENARIO_IDS) {
    it(`${id}: every state of a random game keeps the invariants, and the game ends`, () => {
      const scenario = bundledScenario(id);
      const deck = [...scenario.deck].sort();
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean(), (seed, policySeed, agendas) => {
          const rng = seedRng(policySeed);
          let s = newGame(scenario, seed, { agendas });
          checkInvariants(scenario, s, deck);
          let moves = 0;
          while (!s.over) {
            expect(moves).toBeLessThan(MOVE_BOUND);
            const legal = legalMoves(s, activeSeat(s));
            expect(legal.length).toBeGreaterThan(0);
            const move = pickFrom(rng, legal);
            const copyBefore = structuredClone(s);
            const out = applyMove(s, move);
            // applyMove never changes the state it is given.
            check(isDeepStrictEqual(s, copyBefore), `applyMove changed its input state (move ${JSON.stringify(move)})`);
            if (!out.ok) return expect.fail(`legal move rejected: ${out.code}`);
            s = out.state;
            moves++;
            checkInvariants(scenario, s, deck);
            // Plain data: both kinds of copy give the same state back.
            check(isDeepStrictEqual(structuredClone(s), s), 'structuredClone does not round-trip');
            check(isDeepStrictEqual(JSON.parse(JSON.stringify(s)), s), 'JSON does not round-trip');
          }
          expect(s.endReason === 'lastRound' || s.endReason === 'suddenDeath').toBe(true);
          if (s.endReason === 'lastRound') expect(s.round).toBe(scenario.rounds.length);
        }),
        { seed: 42, numRuns: id === 'historical' ? 100 : 50 },
      );
    });
  }
});
