// The design figures of the summary (GAME-DESIGN.md, Design targets) on hand-made records, where
// every expected figure is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/sim/aggregate.js';
import { noOps, noUnrest, type VpTally } from '../../src/sim/record.js';
import { META, record } from './records.js';

const vp = (power: VpTally['power'], reason: string, amount: number, detail = ''): VpTally => ({ power, reason, detail, amount });

describe('the design figures', () => {
  const records = [
    // Russia rescues and wins 10–5–3 (lead 5); Russia led 6–2–1 after the middle scoring.
    record(0, {
      winner: 'russia',
      vp: { russia: 10, turkey: 5, china: 3 },
      regime: 'rescued',
      rescuedBy: 'russia',
      calledInRound: 2,
      capital: 'russia',
      midVp: { russia: 6, turkey: 2, china: 1 },
      vpTally: [
        vp('russia', 'control', 10),
        vp('russia', 'answeredCall', 2),
        vp('russia', 'overstretch', -2),
        vp('turkey', 'control', 5),
        vp('china', 'stabilityDividend', 3),
        // A crisis event and one about the map (the Middle Corridor pays for Azerbaijan).
        vp('china', 'event', 2, 'xi_c5_summit'),
        vp('china', 'event', 1, 'middle_corridor_deal'),
      ],
      plays: [
        { card: 'a', mode: 'event', power: 'russia' },
        { card: 'b', mode: 'ops', power: 'russia' },
        { card: 'c', mode: 'ops', power: 'turkey' },
        { card: 'd', mode: 'event', power: 'china' },
      ],
      ops: { ...noOps(), russia: { place: 6, stabilise: 1, destabilise: 0, invest: 0, diplomacy: 0 }, china: { place: 4, stabilise: 0, destabilise: 0, invest: 3, diplomacy: 1 } },
      unrestUp: { ...noUnrest(), russia: 1, scheduled: 4 },
      unrestDown: { ...noUnrest(), russia: 4, check: 2 },
    }),
    // The regime falls; China wins on a tie-break at 7–7–2 (lead 0); Turkey led 5–3–3 at the middle and lost.
    record(1, {
      winner: 'china',
      vp: { russia: 7, turkey: 2, china: 7 },
      regime: 'fallen',
      calledInRound: 3,
      midVp: { russia: 3, turkey: 5, china: 3 },
      // A reason the rules may add later counts like any other (and is not a crisis source until listed).
      vpTally: [
        vp('russia', 'control', 9),
        vp('russia', 'regimeFell', -2),
        vp('turkey', 'culpritFell', -1),
        vp('turkey', 'control', 3),
        vp('china', 'control', 10),
        vp('china', 'regimeFell', -3),
      ],
      plays: [{ card: 'a', mode: 'ops', power: 'turkey' }],
      ops: { ...noOps(), turkey: { place: 2, stabilise: 0, destabilise: 3, invest: 0, diplomacy: 1 } },
      unrestUp: { ...noUnrest(), turkey: 3, check: 2 },
      unrestDown: { ...noUnrest(), fall: 3 },
    }),
    // Never called; Turkey wins 8–6–1 (lead 2); level 4–4–0 after the middle scoring: no leader.
    record(2, { winner: 'turkey', vp: { russia: 6, turkey: 8, china: 1 }, midVp: { russia: 4, turkey: 4, china: 0 }, capital: 'turkey' }),
    // Still calling at the end, drawn 5–5–5, and ended before the middle scoring (midVp null).
    record(3, { winner: null, vp: { russia: 5, turkey: 5, china: 5 }, regime: 'calling', calledInRound: 4 }),
  ];
  const d = aggregate(META, records).design;

  it('shares out the points: crisis sources over all, without sign', () => {
    // All: 10+2+2+5+3+2+1 + 9+2+1+3+10+3 = 53; crisis: 2+2+3+2 (xi_c5_summit) + 2+3 (falls) = 14.
    expect(d.crisisShare).toBe(0.2642);
    // Russia 4+2 of 14+11; Turkey 0 of 9; China 3+2+3 of 6+13.
    expect(d.crisisShareByPower).toEqual({ russia: 0.24, turkey: 0, china: 0.4211 });
    expect(d.crisisSources).toContain('answeredCall');
    expect(d.crisisSources).toContain('event:xi_c5_summit');
    expect(d.crisisSources).not.toContain('control');
  });

  it('gives every power every reason seen, as net points per game', () => {
    const reasons = ['answeredCall', 'control', 'culpritFell', 'event', 'overstretch', 'regimeFell', 'stabilityDividend'];
    for (const p of ['russia', 'turkey', 'china'] as const) expect(Object.keys(d.vpBySource[p])).toEqual(reasons);
    expect(d.vpBySource.russia).toMatchObject({ control: 4.75, answeredCall: 0.5, overstretch: -0.5, regimeFell: -0.5, event: 0 });
    expect(d.vpBySource.turkey).toMatchObject({ control: 2, culpritFell: -0.25 });
    expect(d.vpBySource.china).toMatchObject({ event: 0.75, stabilityDividend: 0.75, control: 2.5, regimeFell: -0.75 });
  });

  it("counts events among card plays, and each power's own operations per game", () => {
    expect(d.eventShare).toEqual({ all: 0.4, russia: 0.5, turkey: 0, china: 1 });
    expect(d.opsPerGame.russia).toEqual({ place: 1.5, stabilise: 0.25, destabilise: 0, diplomacy: 0 });
    expect(d.opsPerGame.turkey).toEqual({ place: 0.5, stabilise: 0, destabilise: 0.75, diplomacy: 0.25 });
    expect(d.opsPerGame.china).toEqual({ place: 1, invest: 0.75, diplomacy: 0.25 });
  });

  it('reports the regime and who won in each outcome, the named outcomes first', () => {
    expect(d.regime).toEqual({ rescued: 0.25, rescuedByRussia: 0.25, rescuedByTurkey: 0, rescuedByChina: 0, fell: 0.25, called: 0.75, meanCallRound: 3 });
    expect(Object.keys(d.winsByOutcome)).toEqual(['rescuedByRussia', 'rescuedByTurkey', 'fell', 'neverCalled', 'stillCalling']);
    expect(d.winsByOutcome.rescuedByRussia).toEqual({ games: 1, russia: 1, turkey: 0, china: 0, draw: 0 });
    expect(d.winsByOutcome.rescuedByTurkey).toEqual({ games: 0, russia: 0, turkey: 0, china: 0, draw: 0 });
    expect(d.winsByOutcome.fell).toEqual({ games: 1, russia: 0, turkey: 0, china: 1, draw: 0 });
    expect(d.winsByOutcome.stillCalling).toEqual({ games: 1, russia: 0, turkey: 0, china: 0, draw: 1 });
  });

  it("splits unrest raised and lowered by cause, leaving out the fall's reset", () => {
    expect(d.unrestRaisedBy).toEqual({ russia: 0.25, turkey: 0.75, china: 0, scheduled: 1, check: 0.5 });
    expect(d.unrestLoweredBy).toEqual({ russia: 1, turkey: 0, china: 0, scheduled: 0, check: 0.5 });
  });

  it('measures the finish: close games, ties, and the leader after the middle scoring', () => {
    // Leads 5, 0, 2, 0: two within 2 plus the tie and the draw; level in games 1 and 3.
    expect(d.margin).toEqual({ le2: 0.75, tieBreak: 0.5, mean: 1.75 });
    // Game 0: Russia led and won; game 1: Turkey led and lost; game 2 level; game 3 never got there.
    expect(d.leaderAfterMidScoringWins).toBe(0.5);
    expect(d.leaderAfterMidScoringGames).toBe(2);
    expect(d.capitalAtEnd).toEqual({ nobody: 0.5, russia: 0.25, turkey: 0.25, china: 0 });
  });

  it('does not depend on the order of the records', () => {
    expect(JSON.stringify(aggregate(META, [...records].reverse()).design)).toBe(JSON.stringify(d));
  });

  it('copes with no games', () => {
    const none = aggregate(META, []).design;
    expect(none.crisisShare).toBe(0);
    expect(none.leaderAfterMidScoringWins).toBeNull();
    expect(none.regime.meanCallRound).toBeNull();
    expect(Object.keys(none.winsByOutcome)).toEqual(['rescuedByRussia', 'rescuedByTurkey', 'fell']);
  });
});
