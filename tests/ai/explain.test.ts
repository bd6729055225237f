// The evaluation reads no secret, and the explanations say what the move does in the catalogue's
// words ("Russia answers the call for help: …, unrest 8 → 4, +2 VP").
import { describe, expect, it } from 'vitest';
import { activeSeat, applyLegalMoveInPlace, copyState, determinize, gameOf, legalMoves, newGame, viewFor } from '../support/kernel.js';
import { explanationText } from '../../src/client/describe.js';
import { nextInt, seedRng } from '../../src/rules/index.js';
import { bundledScenario, handleOf } from '../support/kernel.js';
import { POWERS, type GameState, type Move } from '../../src/rules/index.js';
import { t } from '../../src/i18n/catalogue.js';
import { makeBot, describeBot, botLabel, BOT_NAMES } from '../../src/ai/index.js';
import { project, rewards } from '../../src/ai/evaluate.js';
import { explainMove } from '../../src/ai/explain.js';
import { hasMessage } from '../../src/i18n/catalogue.js';
import { allScenarios, randomPositions } from './helpers.js';
import { factsFor, placeCostFor } from '../../src/ai/facts.js';
import { placeCost } from '../../src/ai/place-cost.js';
import { listOperationSteps, OperationSteps, stepMove } from '../../src/ai/operation-steps.js';

describe('evaluation', () => {
  it('gives the same projection on any deal of a seat’s view (no agendas: nothing secret is read)', () => {
    for (const state of randomPositions(bundledScenario('historical'), 60, 3, { agendas: false })) {
      const f = factsFor(gameOf(state));
      const truth = project(state, new Float64Array(3), f);
      for (const seat of POWERS) {
        const dealt = determinize(viewFor(state, seat), 77);
        expect([...project(dealt, new Float64Array(3), f)]).toEqual([...truth]);
      }
    }
  });

  it('with secret agendas a deal of a seat’s view gives that seat its own true projection', () => {
    for (const state of randomPositions(bundledScenario('historical'), 60, 3, { agendas: true })) {
      const f = factsFor(gameOf(state));
      const truth = project(state, new Float64Array(3), f);
      POWERS.forEach((seat, k) => {
        const dealt = determinize(viewFor(state, seat), 77);
        expect(dealt.agendas[seat]).toBe(state.agendas[seat]);
        expect(project(dealt, new Float64Array(3), f)[k]).toBe(truth[k]);
      });
    }
  });

  it('a weight on the weaker rival rewards a lead over the third too, and leaves the best-rival margin alone at 0', () => {
    let differing = 0;
    for (const state of randomPositions(bundledScenario('historical'), 80, 9)) {
      if (state.over) continue;
      const f = factsFor(gameOf(state));
      const p = [...project(state, new Float64Array(3), f)];
      const plain = [...rewards(state, new Float64Array(3), f, 25)];
      const weighed = [...rewards(state, new Float64Array(3), f, 25, 0.3)];
      for (let k = 0; k < 3; k++) {
        const [x, y] = p.filter((_, q) => q !== k) as [number, number];
        const m = (p[k] as number) - Math.max(x, y);
        // At weight 0 the reward is the squashed margin over the best rival (evaluate.ts).
        expect(plain[k]).toBeCloseTo(0.5 + (0.5 * m) / (25 + Math.abs(m)), 12);
        // Weighing the weaker rival can only raise it, and does whenever the rivals are apart.
        if (Math.abs(x - y) > 1e-9) {
          expect(weighed[k]).toBeGreaterThan(plain[k] as number);
          differing++;
        } else expect(weighed[k]).toBeCloseTo(plain[k] as number, 12);
      }
    }
    expect(differing).toBeGreaterThan(100);
  });

  it('rewards lie in [0, 1] and the winner of a finished game is rewarded above one half', () => {
    const positions = randomPositions(bundledScenario('classroom'), 200, 4);
    for (const state of positions) {
      for (const r of rewards(state, new Float64Array(3), factsFor(gameOf(state)))) {
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
      }
    }
  });
});

/** Russia to act with the regime calling at unrest 8 and the CSTO willing (R6.3, R6.4). */
function callingForRussia(): GameState {
  const s = copyState(newGame(bundledScenario('historical'), 5));
  s.turn = s.order.indexOf('russia');
  s.pending = null;
  s.unrest = 8;
  s.regime = 'calling';
  s.capital = null;
  s.cstoWilling = true;
  s.overstretch = 1;
  return s;
}

describe('explanations', () => {
  it('answering the call names the unrest and the crisis credit', () => {
    const s = callingForRussia();
    const answer = legalMoves(s, 'russia').find((m) => m.type === 'answerCall');
    if (!answer) throw new Error('Russia cannot answer in this set-up');
    const line = explanationText(explainMove(factsFor(gameOf(s)), determinize(viewFor(s, 'russia'), 1), answer));
    expect(line).toContain(t('move.answerCall', { power: t('power.russia') }));
    expect(line).toContain(t('ai.effect.unrest', { from: 8, to: 4 }));
    expect(line).toContain(t('ai.effect.vpGain', { amount: 3 }));
  });

  it('an operation step shows the space’s influence before and after', () => {
    const s = copyState(newGame(bundledScenario('historical'), 8));
    const seat = activeSeat(s);
    const ops = legalMoves(s, seat).find((m) => m.type === 'playOps');
    if (!ops) throw new Error('no card to play');
    applyLegalMoveInPlace(s, ops);
    const place = legalMoves(s, seat).find((m): m is Extract<Move, { type: 'place' }> => m.type === 'place');
    if (!place) throw new Error('nowhere to place');
    const before = s.influence[place.space][seat];
    const line = explanationText(explainMove(factsFor(gameOf(s)), determinize(viewFor(s, seat), 3), place));
    expect(line).toContain(t('move.place', { power: t(`power.${seat}`), space: t(`space.${place.space}`) }));
    expect(line).toContain(t('ai.effect.influenceHere', { from: before, to: before + 1 }));
  });

  it('every bot has a description and a label in the catalogue, and explanations never show a missing key', () => {
    for (const name of BOT_NAMES) {
      expect(hasMessage(describeBot(name))).toBe(true);
      expect(hasMessage(botLabel(name))).toBe(true);
    }
    for (const state of randomPositions(bundledScenario('historical'), 40, 6)) {
      const seat = activeSeat(state);
      const line = explanationText(makeBot('easy', gameOf(state)).choose(viewFor(state, seat), legalMoves(state, seat), seedRng(2)).explanation);
      expect(line).not.toMatch(/\[[a-z]+\.[^\]]*\]/);
    }
  });
});

describe('the policy’s own reading of the rules agrees with the kernel', () => {
  it('place costs (R5.4) match the kernel’s on positions of every scenario', () => {
    for (const scenario of allScenarios()) {
      const positions = randomPositions(scenario, 60, 12);
      const f = factsFor(handleOf(scenario));
      for (const state of positions) {
        for (const power of POWERS) {
          f.spaceIds.forEach((space, i) => expect(placeCost(f, state, i, power)).toBe(placeCostFor(f, state, power, space)));
        }
      }
    }
  });

  it('the policy’s list of operation steps (R5) is the kernel’s, in the kernel’s order', () => {
    const steps = new OperationSteps();
    let compared = 0;
    for (const scenario of allScenarios()) {
      const f = factsFor(handleOf(scenario));
      const rng = seedRng(21);
      for (const position of randomPositions(scenario, 60, 14)) {
        const seat = activeSeat(position);
        // Each card for operations, then random steps to the end of its action.
        for (const play of legalMoves(position, seat).filter((m) => m.type === 'playOps' || m.type === 'playEvent')) {
          const state = copyState(position);
          applyLegalMoveInPlace(state, play);
          while (state.pending !== null && !state.over && state.interrupt === null && activeSeat(state) === seat) {
            const legal = legalMoves(state, seat);
            listOperationSteps(f, state, seat, state.pending, steps);
            const mine = Array.from({ length: steps.count }, (_, k) => stepMove(f, steps, k, seat));
            expect([...mine, { type: 'endOps', power: seat }]).toEqual(legal);
            compared++;
            applyLegalMoveInPlace(state, legal[nextInt(rng, 0, legal.length - 1)] as Move);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
