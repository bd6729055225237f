// The runner's statistics on hand-made records: counts, rates and their Wilson intervals.
import { describe, expect, it } from 'vitest';
import { aggregate, rateOf, wilson } from '../../src/sim/aggregate.js';
import { META, record } from './records.js';

describe('wilson', () => {
  it('matches known 95% intervals', () => {
    const half = wilson(50, 100);
    expect(half.low).toBeCloseTo(0.4038, 4);
    expect(half.high).toBeCloseTo(0.5962, 4);
    const none = wilson(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilson(10, 10);
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);
    const third = wilson(333, 1000);
    expect(third.low).toBeCloseTo(0.3045, 4);
    expect(third.high).toBeCloseTo(0.3628, 4);
  });

  it('rounds rates to four decimals and copes with no games', () => {
    expect(rateOf(50, 100)).toEqual({ count: 50, games: 100, rate: 0.5, low: 0.4038, high: 0.5962 });
    expect(rateOf(0, 0)).toEqual({ count: 0, games: 0, rate: 0, low: 0, high: 1 });
  });
});

describe('aggregate', () => {
  const records = [
    record(3, { winner: null, reason: 'suddenDeath', rounds: 4, vp: { russia: 2, turkey: 2, china: 2 } }),
    record(0, {
      winner: 'russia',
      regime: 'rescued',
      rescuedBy: 'russia',
      calledInRound: 2,
      firstMoves: { russia: 'playEvent:alpha', turkey: 'playOps:beta', china: 'pass' },
      plays: [
        { card: 'alpha', mode: 'event', power: 'russia' },
        { card: 'beta', mode: 'ops', power: 'turkey' },
        { card: 'alpha', mode: 'ops', power: 'russia' },
      ],
    }),
    record(1, {
      winner: 'turkey',
      rounds: 8,
      vp: { russia: -3, turkey: 14, china: 0 },
      regime: 'fallen',
      calledInRound: 3,
      firstMoves: { russia: 'playEvent:alpha', turkey: 'pass', china: 'pass' },
    }),
    record(2, {
      winner: 'turkey',
      rounds: 6,
      reason: 'suddenDeath',
      regime: 'rescued',
      rescuedBy: 'turkey',
      calledInRound: 4,
      plays: [{ card: 'gamma', mode: 'event', power: 'china' }],
    }),
  ];
  const s = aggregate(META, records);

  it('counts wins, draws, rounds and sudden death', () => {
    expect(s.games).toBe(4);
    expect(s.wins).toEqual({ russia: 1, turkey: 2, china: 0, draw: 1 });
    expect(s.winRates.turkey).toMatchObject({ count: 2, games: 4, rate: 0.5 });
    expect(s.winRates.draw.count).toBe(1);
    expect(s.avgRounds).toBe(6.5);
    expect(s.rounds).toMatchObject({
      min: 4,
      max: 8,
      histogram: [
        { rounds: 4, games: 1 },
        { rounds: 6, games: 1 },
        { rounds: 8, games: 2 },
      ],
    });
    expect(s.suddenDeathRate).toBe(0.5);
    expect(s.endReasons).toEqual({ lastRound: 2, suddenDeath: 2 });
    expect(s.firstGame).toBe(0);
    expect(s.contiguous).toBe(true);
  });

  it('describes the score distributions on a shared range', () => {
    expect(s.scoreRange).toEqual({ from: -3, to: 14 });
    expect(s.scores.russia).toMatchObject({ min: -3, max: 10, mean: 4.75 });
    expect(s.scores.turkey.histogram).toHaveLength(18);
    expect(s.scores.turkey.histogram[14 + 3]).toBe(1);
    expect(s.scores.turkey.histogram.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('reports the crisis: falls, rescues by whom, and the round of the call', () => {
    expect(s.regime.endStates).toEqual({ standing: 1, calling: 0, rescued: 2, fallen: 1 });
    expect(s.regime.rescuedBy).toEqual({ russia: 1, turkey: 1, china: 0 });
    expect(s.regime.calls).toBe(3);
    expect(s.regime.avgCallRound).toBe(3);
    expect(s.regime.fellRate).toBe(0.25);
    expect(s.regime.rescuedRate).toBe(0.5);
  });

  it('ranks first moves and gives the share of the most frequent one', () => {
    expect(s.firstMoves.russia.top).toEqual([
      { move: 'pass', count: 2 },
      { move: 'playEvent:alpha', count: 2 },
    ]);
    expect(s.firstMoves.russia.topShare).toBe(0.5);
    expect(s.firstMoves.china.top).toEqual([{ move: 'pass', count: 4 }]);
    expect(s.firstMoves.china.topShare).toBe(1);
  });

  it('splits each card by how each power used it', () => {
    expect(s.cards.map((c) => c.card)).toEqual(['alpha', 'beta', 'gamma']);
    const alpha = s.cards[0];
    expect(alpha?.plays).toBe(2);
    expect(alpha?.byPower.russia.event).toEqual({ games: 1, wins: 1, rate: 1 });
    expect(alpha?.byPower.russia.ops).toEqual({ games: 1, wins: 1, rate: 1 });
    expect(alpha?.byPower.russia.none).toEqual({ games: 3, wins: 0, rate: 0 });
    expect(s.cards[1]?.byPower.turkey.ops).toEqual({ games: 1, wins: 0, rate: 0 });
    expect(s.cards[1]?.byPower.turkey.none).toEqual({ games: 3, wins: 2, rate: 0.6667 });
    expect(s.cards[2]?.byPower.china.event).toEqual({ games: 1, wins: 0, rate: 0 });
  });

  it('counts each bot in each seat', () => {
    expect(s.bySeat).toHaveLength(3);
    expect(s.bySeat[1]).toMatchObject({ bot: 'random', power: 'turkey', count: 2, games: 4 });
    expect(s.byBot.random).toMatchObject({ count: 3, games: 12 });
  });

  it('does not depend on the order of the records', () => {
    expect(aggregate(META, [...records].reverse())).toEqual(s);
    expect(JSON.stringify(aggregate(META, [...records].reverse()))).toBe(JSON.stringify(s));
  });

  it('counts how often each bot in each seat finished ahead of each other kind of bot', () => {
    const mixed = aggregate(META, [
      // hard (russia) 10 ahead of both randoms.
      record(0, { bots: { russia: 'hard', turkey: 'random', china: 'random' }, vp: { russia: 10, turkey: 5, china: 3 } }),
      // hard (russia) 4 behind turkey 6, level with china 4 but china won the tie-break.
      record(1, { bots: { russia: 'hard', turkey: 'random', china: 'random' }, winner: 'turkey', vp: { russia: 4, turkey: 6, china: 4 } }),
      // hard (china) 7 level with russia 7 and the winner: ahead of both.
      record(2, { bots: { russia: 'random', turkey: 'random', china: 'hard' }, winner: 'china', vp: { russia: 7, turkey: 2, china: 7 } }),
    ]);
    const row = (bot: string, power: string, rival: string) => mixed.headToHead.find((r) => r.bot === bot && r.power === power && r.rival === rival);
    expect(row('hard', 'russia', 'random')).toMatchObject({ count: 2, games: 4 });
    expect(row('hard', 'china', 'random')).toMatchObject({ count: 2, games: 2 });
    // random in turkey's seat: ahead of hard in game 1 only (6 > 4).
    expect(row('random', 'turkey', 'hard')).toMatchObject({ count: 1, games: 3 });
    expect(row('random', 'russia', 'hard')).toMatchObject({ count: 0, games: 1 });
    expect(mixed.headToHead.some((r) => r.bot === r.rival)).toBe(false);
    expect(s.headToHead).toEqual([]);
  });

  it("counts wins by place in round 1 turn order, after each game's rotation", () => {
    // firstOrder russia, china, turkey; shift 1 gives china, turkey, russia; shift 2 turkey, russia, china.
    const placed = aggregate({ ...META, rotateOrder: true }, [
      record(0, { winner: 'russia', orderShift: 0 }), // 1st
      record(1, { winner: 'russia', orderShift: 1 }), // 3rd
      record(2, { winner: 'turkey', orderShift: 2 }), // 1st
      record(3, { winner: 'china', orderShift: 1 }), // 1st
      record(4, { winner: null, orderShift: 2 }),
    ]);
    expect(placed.byTurnPlace.map((p) => [p.place, p.count, p.games])).toEqual([
      [1, 3, 5],
      [2, 0, 5],
      [3, 1, 5],
    ]);
    expect(placed.turnPlaceSpread).toBe(60);
    expect(placed.rotateOrder).toBe(true);
    expect(s.byTurnPlace.map((p) => p.count)).toEqual([s.wins.russia, s.wins.china, s.wins.turkey]);
  });

  it('notes gaps in the game indexes', () => {
    expect(aggregate(META, [record(2), record(5)])).toMatchObject({ firstGame: 2, contiguous: false });
  });
});
