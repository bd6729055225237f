// One game as a pure function of (scenario, plan): seeds, seating and the record it leaves.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../src/ai/bot.js';
import { nextInt } from '../../src/rules/index.js';
import { bundledGame } from '../../src/rules/index.js';
import { plainExplanation } from '../../src/ai/explain.js';
import { describeMove } from '../../src/rules/index.js';
import { OPERATIONS, POWERS, type Move } from '../../src/rules/index.js';
import { aggregate } from '../../src/sim/aggregate.js';
import { planGame, playGame } from '../../src/sim/play.js';
import { OPERATIONS_OF } from '../../src/sim/power-operations.js';
import { META } from './records.js';

/** A bot of the test's own, so these tests do not depend on src/ai. */
function uniformBot(): Bot {
  return {
    name: 'random',
    choose: (_view, legal, rng) => {
      const move = legal[nextInt(rng, 0, legal.length - 1)] as Move;
      return { move, explanation: plainExplanation(describeMove(move)) };
    },
  };
}

describe('planGame', () => {
  it('derives distinct seeds per game and rotates seats by i mod 3', () => {
    const spec = { seed: 5, bots: ['hard', 'heuristic', 'random'] as const, rotateSeats: true, rotateOrder: false };
    const plans = [0, 1, 2, 3].map((i) => planGame(spec, i));
    expect(new Set(plans.map((p) => p.seed)).size).toBe(4);
    expect(plans.every((p) => p.seed !== p.botSeed)).toBe(true);
    expect(plans[0]?.bots).toEqual({ russia: 'hard', turkey: 'heuristic', china: 'random' });
    expect(plans[1]?.bots).toEqual({ russia: 'heuristic', turkey: 'random', china: 'hard' });
    expect(plans[2]?.bots).toEqual({ russia: 'random', turkey: 'hard', china: 'heuristic' });
    expect(plans[3]?.bots).toEqual(plans[0]?.bots);
    expect(planGame({ ...spec, rotateSeats: false }, 1).bots).toEqual(plans[0]?.bots);
    expect(planGame(spec, 7)).toEqual(planGame(spec, 7));
    expect(plans.every((p) => p.orderShift === 0)).toBe(true);
  });

  it('with rotateOrder, shifts round 1 by ⌊i / 3⌋ mod 3: every bot at every place in every seat over 9 games', () => {
    const spec = { seed: 5, bots: ['hard', 'heuristic', 'random'] as const, rotateSeats: true, rotateOrder: true };
    const plans = Array.from({ length: 9 }, (_, i) => planGame(spec, i));
    expect(plans.map((p) => p.orderShift)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    const combos = new Set(plans.map((p) => `${p.bots.russia}/${p.orderShift}`));
    expect(combos.size).toBe(9);
    expect(planGame(spec, 9).orderShift).toBe(0);
  });
});

describe('playGame', () => {
  const game = bundledGame('classroom');
  const scenario = game.scenario;
  const spec = { seed: 11, bots: ['random', 'random', 'random'] as const, rotateSeats: false, rotateOrder: false };

  it('plays to the end and records the result, the crisis and every card play', () => {
    const r = playGame(game, planGame(spec, 0), { makeBot: uniformBot });
    expect(r.index).toBe(0);
    expect(['lastRound', 'suddenDeath']).toContain(r.reason);
    expect(r.rounds).toBeGreaterThanOrEqual(1);
    expect(r.rounds).toBeLessThanOrEqual(scenario.rounds.length);
    expect(r.plays.length).toBeGreaterThan(0);
    for (const p of r.plays) expect(scenario.deck).toContain(p.card);
    for (const power of ['russia', 'turkey', 'china'] as const) {
      // A first action is named by its moveId: "playOps:russia:card", "answerCall:russia", "pass:russia".
      expect(r.firstMoves[power]).toMatch(new RegExp(`^(playOps:${power}:|playEvent:${power}:|answerCall:${power}$|pass:${power}$)`));
      const firstPlay = r.plays.find((p) => p.power === power);
      if (r.firstMoves[power].startsWith('play') && firstPlay) {
        expect(r.firstMoves[power].startsWith(`${firstPlay.mode === 'ops' ? 'playOps' : 'playEvent'}:${power}:${firstPlay.card}`)).toBe(true);
      }
    }
    if (r.rescuedBy) expect(r.regime).toBe('rescued');
    if (r.regime !== 'standing') expect(r.calledInRound).toBeGreaterThan(0);
  });

  it('gives the same record for the same plan, and another for another game', () => {
    const a = playGame(game, planGame(spec, 3), { makeBot: uniformBot });
    const b = playGame(game, planGame(spec, 3), { makeBot: uniformBot });
    const c = playGame(game, planGame(spec, 4), { makeBot: uniformBot });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('starts round 1 in the rotated order the plan asks for (R4.2)', () => {
    const firstMovers = [0, 1, 2].map((shift) => {
      let mover = '';
      const spy: Bot = {
        name: 'random',
        choose: (view, legal, rng) => {
          if (mover === '') mover = view.seat;
          return uniformBot().choose(view, legal, rng);
        },
      };
      playGame(game, { ...planGame(spec, 0), orderShift: shift }, { makeBot: () => spy });
      return mover;
    });
    const order = scenario.firstOrder;
    expect(firstMovers).toEqual([order[0], order[1], order[2]]);
  });

  it('stops a bot that answers with a move that is not legal', () => {
    const cheat: Bot = {
      name: 'random',
      choose: (view) => ({ move: { type: 'answerCall', power: view.seat }, explanation: plainExplanation(describeMove({ type: 'answerCall', power: view.seat })) }),
    };
    expect(() => playGame(game, planGame(spec, 0), { makeBot: () => cheat })).toThrow(/illegal move/);
  });
});

describe('a small real run measures the design', () => {
  const historical = bundledGame('historical');
  const spec = { seed: 2022, bots: ['random', 'random', 'random'] as const, rotateSeats: true, rotateOrder: true };
  const records = [0, 1, 2, 3, 4, 5].map((i) => playGame(historical, planGame(spec, i), { makeBot: uniformBot }));
  // Historical scores in rounds 4 and 8: the middle scoring is round 4's.
  const midRound = 4;

  it('records points that add up, operations the power may take, and unrest by cause', () => {
    for (const r of records) {
      for (const p of POWERS) {
        expect(r.vpTally.filter((v) => v.power === p).reduce((sum, v) => sum + v.amount, 0)).toBe(r.vp[p]);
        for (const op of OPERATIONS) if (!OPERATIONS_OF[p].includes(op)) expect(r.ops[p][op]).toBe(0);
      }
      expect(r.vpTally.every((v) => v.amount !== 0)).toBe(true);
      // The fall resets unrest from 10 to 7 (R6.5), once.
      expect(r.unrestDown.fall).toBe(r.regime === 'fallen' ? 3 : 0);
      expect(r.unrestUp.fall).toBe(0);
      expect(r.midVp === null).toBe(r.rounds < midRound);
    }
    expect(records.some((r) => r.ops.china.place > 0)).toBe(true);
    expect(records.some((r) => r.unrestUp.scheduled > 0)).toBe(true);
  });

  it('gives a design object with every key of the contract, in range', () => {
    const d = aggregate({ ...META, scenario: 'historical' }, records).design;
    expect(Object.keys(d)).toEqual(
      expect.arrayContaining([
        'crisisShare',
        'crisisSources',
        'vpBySource',
        'eventShare',
        'opsPerGame',
        'regime',
        'winsByOutcome',
        'unrestRaisedBy',
        'unrestLoweredBy',
        'margin',
        'leaderAfterMidScoringWins',
        'capitalAtEnd',
      ]),
    );
    const unit = (x: number): void => {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    };
    unit(d.crisisShare);
    for (const k of ['all', ...POWERS] as const) unit(d.eventShare[k]);
    for (const p of POWERS) {
      expect(Object.keys(d.opsPerGame[p])).toEqual([...OPERATIONS_OF[p]]);
      expect(d.vpBySource[p]).toHaveProperty('control');
      expect(Object.keys(d.vpBySource[p])).toEqual(Object.keys(d.vpBySource.russia));
    }
    expect(d.opsPerGame.russia.place).toBeGreaterThan(1);
    expect(d.regime.rescued + d.regime.fell).toBeLessThanOrEqual(1);
    expect(d.regime.rescued).toBeCloseTo(d.regime.rescuedByRussia + d.regime.rescuedByTurkey + d.regime.rescuedByChina, 3);
    expect(Object.values(d.winsByOutcome).reduce((sum, o) => sum + o.games, 0)).toBe(records.length);
    expect(Object.keys(d.winsByOutcome).slice(0, 3)).toEqual(['rescuedByRussia', 'rescuedByTurkey', 'fell']);
    for (const k of ['russia', 'turkey', 'china', 'scheduled', 'check'] as const) {
      expect(d.unrestRaisedBy[k]).toBeGreaterThanOrEqual(0);
      expect(d.unrestLoweredBy[k]).toBeGreaterThanOrEqual(0);
    }
    expect(d.unrestRaisedBy.scheduled).toBeGreaterThan(0);
    unit(d.margin.le2);
    unit(d.margin.tieBreak);
    expect(d.margin.tieBreak).toBeLessThanOrEqual(d.margin.le2);
    if (d.leaderAfterMidScoringWins !== null) unit(d.leaderAfterMidScoringWins);
    expect(d.capitalAtEnd.nobody + d.capitalAtEnd.russia + d.capitalAtEnd.turkey + d.capitalAtEnd.china).toBeCloseTo(1, 3);
  });
});

describe('playGame’s onMove (scripts/game-log.ts)', () => {
  it('is told every move with its log, and watching changes nothing in the record', () => {
    const game = bundledGame('historical');
    const plan = planGame({ seed: 11, bots: ['random', 'random', 'random'], rotateSeats: false, rotateOrder: false }, 2);
    const seen: { move: Move; kinds: string[] }[] = [];
    const watched = playGame(game, plan, { makeBot: uniformBot, onMove: (move, events) => seen.push({ move, kinds: events.map((e) => e.kind) }) });
    const unwatched = playGame(game, plan, { makeBot: uniformBot });
    expect(watched).toEqual(unwatched);
    expect(seen).toHaveLength(watched.moves);
    expect(seen.filter((m) => m.kinds.includes('rivalEvent')).length).toBe(watched.rivalEvents);
    expect(seen.filter((m) => m.move.type === 'playOps' || m.move.type === 'playEvent')).toHaveLength(watched.plays.length);
  });
});
