// Rules, second edition: a rival's event fires when its card is played for operations (R7.1),
// reach is fixed when a card's operations begin (R3.3), stabilising pays its player (R5.7), the
// culprit of a fall pays for it (R6.5), history arrives in phases (R7.5), sudden death is only a
// lead before the last round (R10.2), and China's extra boost is scenario data (R5.2).
import { describe, expect, it } from 'vitest';
import { agendaHolds, bundledGame, openGame, type GameState, type Scenario } from '../../src/rules/index.js';
import { applyMove, gameOf, legalMoves, newGame, viewFor, determinize } from '../support/kernel.js';
import { MINI_NO_AFGHANISTAN } from '../support/mini-scenario.js';
import { clearBoard, passOutRound, play, playWithLog, turnOf } from '../support/play.js';
import { rngRolling } from '../support/dice.js';

const base = clearBoard(newGame(MINI_NO_AFGHANISTAN, 1));

function ready(power: 'russia' | 'turkey' | 'china', hand: string[], setup: (s: GameState) => void = () => {}): GameState {
  const s = turnOf(base, power);
  s.unrest = 2;
  for (const p of ['russia', 'turkey', 'china'] as const) s.pool[p] = 0;
  s.hands[power] = hand;
  setup(s);
  return s;
}

describe('R7.1 a rival’s event happens when its card is played for operations', () => {
  it('Turkey playing Russia’s card for operations gives Russia the event first, then Turkey the points', () => {
    const s = ready('turkey', ['m_csto_summit'], (x) => (x.cstoWilling = false));
    const { state, events } = playWithLog(s, { type: 'playOps', power: 'turkey', card: 'm_csto_summit' });
    expect(events).toContainEqual({ kind: 'rivalEvent', card: 'm_csto_summit', power: 'turkey', for: 'russia' });
    // The event is Russia's: the CSTO route opens and Russia, not Turkey, gains the tempo.
    expect(state.cstoWilling).toBe(true);
    expect(state.tempo).toEqual({ russia: 1, turkey: 0, china: 0 });
    expect(state.pending?.pointsLeft).toBe(2);
  });

  it('a one-off rival event that fires leaves the game; a neutral card fires nothing', () => {
    const s = ready('turkey', ['m_deploy_paratroopers'], (x) => (x.unrest = 5));
    const after = play(s, { type: 'playOps', power: 'turkey', card: 'm_deploy_paratroopers' });
    expect(after.removed).toContain('m_deploy_paratroopers');
    expect(after.influence.kz_south.russia).toBe(2);
    expect(after.unrest).toBe(3);
    const neutral = playWithLog(ready('turkey', ['m_elite_purge']), { type: 'playOps', power: 'turkey', card: 'm_elite_purge' });
    expect(neutral.events.some((e) => e.kind === 'rivalEvent')).toBe(false);
  });

  it('a rival event whose condition does not hold does not fire, and the card is only discarded', () => {
    const s = ready('turkey', ['m_deploy_paratroopers'], (x) => (x.unrest = 1));
    const { state, events } = playWithLog(s, { type: 'playOps', power: 'turkey', card: 'm_deploy_paratroopers' });
    expect(events.some((e) => e.kind === 'rivalEvent')).toBe(false);
    expect(state.discard).toContain('m_deploy_paratroopers');
    expect(state.influence.kz_south.russia).toBe(0);
  });
});

describe('R7.1 an own event carries its momentum', () => {
  it('after an event it chose a power spends half the card’s operations (rounded up) with the usual boost', () => {
    const own = play(
      ready('turkey', ['m_turkic_council'], (x) => (x.pool.turkey = 1)),
      { type: 'playEvent', power: 'turkey', card: 'm_turkic_council', target: 'azerbaijan' },
    );
    // 3 operations → 2 points, plus the boost of R5.2 from the pool; no IP come of the event itself.
    expect(own.pending?.pointsLeft).toBe(2);
    expect(own.pending?.boostLeft).toBe(2);
    expect(own.pool.turkey).toBe(1);
    expect(own.actionsTaken.turkey).toBe(0);
    const placed = play(own, { type: 'place', power: 'turkey', space: 'azerbaijan' });
    expect(placed.influence.azerbaijan.turkey).toBe(own.influence.azerbaijan.turkey + 1);
    // A neutral event played by choice carries momentum too.
    const neutral = play(ready('turkey', ['m_elite_purge']), { type: 'playEvent', power: 'turkey', card: 'm_elite_purge' });
    expect(neutral.pending?.pointsLeft).toBe(Math.ceil((gameOf(neutral).cards.get('m_elite_purge')?.ops ?? 0) / 2));
    expect(neutral.actionsTaken.turkey).toBe(0);
  });
});

describe('R6.4 flying in out of turn costs a step more of overstretch', () => {
  it('answered at the interrupt: overstretch +4; answered on an action: +3', () => {
    const calling = (x: GameState): void => {
      x.unrest = 5;
      x.overstretch = 0;
      x.cstoWilling = true;
      x.influence.kz_west = { russia: 2, turkey: 1, china: 0 };
      x.rng = rngRolling(1);
    };
    const ops = play(ready('turkey', ['m_caspian_pipeline'], calling), { type: 'playOps', power: 'turkey', card: 'm_caspian_pipeline' });
    const pushed = play(ops, { type: 'destabilise', power: 'turkey', space: 'kz_west', rival: 'russia' });
    expect(pushed.interrupt).toBe('russia');
    expect(play(pushed, { type: 'answerCall', power: 'russia' }).overstretch).toBe(4);
    const declined = play(pushed, { type: 'declineCall', power: 'russia' });
    const onTurn = turnOf(declined, 'russia');
    expect(play(onTurn, { type: 'answerCall', power: 'russia' }).overstretch).toBe(3);
  });
});

describe('R3.3 reach is fixed when a card’s operations begin', () => {
  it('influence placed with a card does not extend where the same card may place', () => {
    // Turkey's home touches Georgia, Armenia and Azerbaijan; Kazakhstan West lies across the Caspian from Azerbaijan.
    const s = ready('turkey', ['m_caspian_pipeline']);
    const ops = play(s, { type: 'playOps', power: 'turkey', card: 'm_caspian_pipeline' });
    expect(ops.pending?.reach).not.toContain('kz_west');
    const placed = play(ops, { type: 'place', power: 'turkey', space: 'azerbaijan' });
    expect(placed.influence.azerbaijan.turkey).toBe(1);
    expect(legalMoves(placed, 'turkey').some((m) => m.type === 'place' && m.space === 'kz_west')).toBe(false);
    const out = applyMove(placed, { type: 'place', power: 'turkey', space: 'kz_west' });
    expect(out.ok ? null : out.code).toBe('unreachable');
  });
});

describe('R5.7 stabilising pays the power that does it', () => {
  it('unrest −1, +1 influence where it stabilises, and a step of its agitation forgiven', () => {
    const s = ready('russia', ['m_caspian_pipeline'], (x) => {
      x.unrest = 6;
      x.regime = 'calling';
      x.influence.kz_west.russia = 1;
      x.agitation.russia = 2;
    });
    const ops = play(s, { type: 'playOps', power: 'russia', card: 'm_caspian_pipeline' });
    const after = play(ops, { type: 'stabilise', power: 'russia', space: 'kz_west' });
    expect(after.unrest).toBe(5);
    expect(after.influence.kz_west.russia).toBe(2);
    expect(after.agitation.russia).toBe(1);
  });
});

describe('R6.5 agitation: who pays for the fall', () => {
  it('a destabilisation in Kazakhstan counts on its player’s agitation; a scheduled event counts on nobody’s', () => {
    const s = ready('turkey', ['m_caspian_pipeline'], (x) => {
      x.influence.kz_west = { russia: 2, turkey: 1, china: 0 };
      x.rng = rngRolling(1);
    });
    const ops = play(s, { type: 'playOps', power: 'turkey', card: 'm_caspian_pipeline' });
    const after = play(ops, { type: 'destabilise', power: 'turkey', space: 'kz_west', rival: 'russia' });
    expect(after.unrest).toBe(3);
    expect(after.agitation).toEqual({ russia: 0, turkey: 1, china: 0 });
    const fresh = newGame(MINI_NO_AFGHANISTAN, 1); // round 1's scheduled event raised unrest by 2
    expect(fresh.agitation).toEqual({ russia: 0, turkey: 0, china: 0 });
  });
});

describe('R7.5 history arrives in phases', () => {
  const historical = bundledGame('historical');

  it('at the start only early cards are in hands and the draw pile; later ones wait, and none is dated after round 2 opens', () => {
    const s = newGame(historical, 3);
    const dateOf = (id: string): string => historical.cards.get(id)?.date.split('/')[0] ?? '';
    const inPlay = [...s.hands.russia, ...s.hands.turkey, ...s.hands.china, ...s.deck];
    expect(inPlay.length).toBeGreaterThanOrEqual(12);
    for (const id of inPlay) expect(dateOf(id) < '2022-01-05', id).toBe(true);
    expect(s.future.length + inPlay.length).toBe(historical.scenario.deck.length);
  });

  it('a phase’s cards join the draw pile before the hands are filled for its first round, and never before', () => {
    let s = newGame(historical, 3);
    const future = s.future.length;
    s = passOutRound(s);
    expect(s.round).toBe(2);
    expect(s.future.length).toBe(future);
    s = passOutRound(s);
    expect(s.round).toBe(3);
    expect(s.future.length).toBeLessThan(future);
  });

  it('a seat’s view leaves the cards to come out, and a deal from the view keeps them out of every hand', () => {
    const s = newGame(historical, 3);
    const view = viewFor(s, 'russia');
    expect('future' in view).toBe(false);
    const dealt = determinize(view, 9);
    expect(dealt.future).toEqual(s.future.slice().sort((a, b) => historical.scenario.deck.indexOf(a) - historical.scenario.deck.indexOf(b)));
    for (const id of dealt.future) expect([...dealt.hands.turkey, ...dealt.hands.china, ...dealt.deck]).not.toContain(id);
  });
});

describe('R10.2 sudden death only before the last round', () => {
  it('a big lead at the last scoring ends the game by the last round, not by sudden death', () => {
    let s = newGame(MINI_NO_AFGHANISTAN, 5);
    while (s.round < 4) s = passOutRound(s);
    s.vp = { russia: 40, turkey: 0, china: 0 };
    s = passOutRound(s);
    expect(s.over).toBe(true);
    expect(s.endReason).toBe('lastRound');
  });

  it('the same lead at the middle scoring is sudden death', () => {
    let s = newGame(MINI_NO_AFGHANISTAN, 5);
    s.vp = { russia: 40, turkey: 0, china: 0 };
    s = passOutRound(passOutRound(s));
    expect(s.over).toBe(true);
    expect(s.endReason).toBe('suddenDeath');
    expect(s.round).toBe(2);
  });
});

describe('R5.2 China’s extra boost is the scenario’s', () => {
  it('a scenario without extraBoost gives China the common limit', () => {
    const plain: Scenario = { ...MINI_NO_AFGHANISTAN, powers: { ...MINI_NO_AFGHANISTAN.powers, china: { ...MINI_NO_AFGHANISTAN.powers.china, extraBoost: 0 } } };
    const s = turnOf(clearBoard(newGame(openGame(plain), 1)), 'china');
    s.hands.china = ['m_caspian_pipeline'];
    const ops = play(s, { type: 'playOps', power: 'china', card: 'm_caspian_pipeline' });
    expect(ops.pending?.boostLeft).toBe(plain.options.maxBoost);
    const rich = turnOf(base, 'china');
    rich.hands.china = ['m_caspian_pipeline'];
    expect(play(rich, { type: 'playOps', power: 'china', card: 'm_caspian_pipeline' }).pending?.boostLeft).toBe(MINI_NO_AFGHANISTAN.options.maxBoost + 2);
  });
});

describe('R6.4 the CSTO council’s consent', () => {
  it('consent given while the regime calls puts the question to Russia at once, out of turn', () => {
    const s = ready('turkey', ['m_csto_summit'], (x) => {
      x.cstoWilling = false;
      x.unrest = 7;
      x.regime = 'calling';
      x.overstretch = 0;
    });
    // Turkey plays Russia's card for operations: Russia's event (the CSTO route opens) fires first (R7.1).
    const { state, events } = playWithLog(s, { type: 'playOps', power: 'turkey', card: 'm_csto_summit' });
    expect(state.cstoWilling).toBe(true);
    expect(state.interrupt).toBe('russia');
    expect(events).toContainEqual({ kind: 'interruptOpened', power: 'russia' });
    // Russia answers; the turn goes back to Turkey's pending points.
    const answered = play(state, { type: 'answerCall', power: 'russia' });
    expect(answered.regime).toBe('rescued');
    expect(answered.pending?.pointsLeft).toBe(2);
  });

  it('without consent Russia may not answer, at once or on its action', () => {
    const s = ready('russia', ['m_elite_purge'], (x) => {
      x.cstoWilling = false;
      x.unrest = 7;
      x.regime = 'calling';
    });
    expect(legalMoves(s, 'russia').some((m) => m.type === 'answerCall')).toBe(false);
    expect(applyMove(s, { type: 'answerCall', power: 'russia' })).toMatchObject({ ok: false, code: 'cannotAnswer' });
  });

  const meetsOnCall: Scenario = { ...MINI_NO_AFGHANISTAN, options: { ...MINI_NO_AFGHANISTAN.options, councilMeetsOnCallFrom: 1 } };
  function calling(scenario: Scenario, unrest: number): GameState {
    const s = turnOf(clearBoard(newGame(openGame(scenario), 1)), 'russia');
    s.cstoWilling = false;
    s.overstretch = 0;
    s.unrest = unrest;
    s.regime = 'calling';
    return s;
  }

  it('the council meets at the end of the round of the call, after the unrest check, and Russia is asked before anyone acts', () => {
    const next = passOutRound(calling(meetsOnCall, 7));
    expect(next.round).toBe(2);
    expect(next.cstoWilling).toBe(true);
    expect(next.interrupt).toBe('russia');
    expect(next.regime).toBe('calling');
    // The check raised unrest 7 → 8 before the council met; while Russia decides it stays below 10.
    expect(next.unrest).toBeGreaterThanOrEqual(8);
    expect(next.unrest).toBeLessThanOrEqual(9);
    expect(legalMoves(next, 'russia').some((m) => m.type === 'answerCall')).toBe(true);
    const answered = play(next, { type: 'answerCall', power: 'russia' });
    expect(answered.regime).toBe('rescued');
    expect(answered.rescuedBy).toBe('russia');
  });

  it('the unrest check comes first: a regime pushed to 9 falls that night, before the council meets', () => {
    const next = passOutRound(calling(meetsOnCall, 9));
    expect(next.regime).toBe('fallen');
    expect(next.cstoWilling).toBe(false);
    expect(next.interrupt).toBe(null);
  });

  it('before its first round the council does not meet on a call: a call in round 1 waits', () => {
    const fromTwo: Scenario = { ...MINI_NO_AFGHANISTAN, options: { ...MINI_NO_AFGHANISTAN.options, councilMeetsOnCallFrom: 2 } };
    const first = passOutRound(calling(fromTwo, 6));
    expect(first.round).toBe(2);
    expect(first.cstoWilling).toBe(false);
    expect(first.interrupt).toBe(null);
    const second = passOutRound(first);
    expect(second.regime).toBe('calling');
    expect(second.cstoWilling).toBe(true);
    expect(second.interrupt).toBe('russia');
  });

  it('where the council does not meet on a call (Armenia blocks it), the CSTO stays unwilling', () => {
    const next = passOutRound(calling(MINI_NO_AFGHANISTAN, 7));
    expect(next.regime).toBe('calling');
    expect(next.cstoWilling).toBe(false);
    expect(next.interrupt).toBe(null);
    expect(bundledGame('armenia-blocks-csto').scenario.options.councilMeetsOnCallFrom).toBe(null);
    expect(bundledGame('historical').scenario.options.councilMeetsOnCallFrom).toBe(1);
  });

  it('historical: the council meets on a call, and at the latest in round 3 (5–6 January)', () => {
    const game = bundledGame('historical');
    expect(game.scenario.cstoWilling).toBe(false);
    const third = game.scenario.rounds[2];
    expect(third?.events.at(-1)).toBe('csto_council_convenes');
    expect(game.events.get('csto_council_convenes')?.effects[0]).toEqual({ op: 'cstoWilling', value: true });
  });
});

describe('R6.7 and R9.3 the capital’s favour', () => {
  it('the regime leans on whoever rescued it', () => {
    const s = ready('turkey', [], (x) => {
      x.unrest = 7;
      x.regime = 'calling';
      x.otsReadiness = 4;
      x.capital = null;
    });
    const rescued = play(s, { type: 'answerCall', power: 'turkey' });
    expect(rescued.capital).toBe('turkey');
  });

  it('at each scoring the power the capital listens to scores 2; nobody scores while it listens to nobody', () => {
    const toScoring = (capital: 'china' | null): GameState => {
      let s = passOutRound(turnOf(base, 'russia'));
      expect(s.round).toBe(2);
      s.capital = capital;
      s = passOutRound(s);
      return s;
    };
    const favoured = toScoring('china');
    expect(favoured.scoreLog.filter((l) => l.reason === 'capitalFavour')).toEqual([expect.objectContaining({ power: 'china', amount: 2 })]);
    expect(toScoring(null).scoreLog.some((l) => l.reason === 'capitalFavour')).toBe(false);
  });
});

describe('Geography binds (GAME-DESIGN.md design targets; R2.1, R3.3)', () => {
  /** The spaces a power could place in with a card played at the start of the historical game. */
  function reachAtSetup(power: 'russia' | 'turkey' | 'china'): string[] {
    const game = bundledGame('historical');
    const s = turnOf(newGame(game, 1), power);
    const card = [...game.cards.values()].find((c) => c.side === 'any' && c.ops === 4) ?? [...game.cards.values()][0];
    if (!card) throw new Error('no card');
    s.hands[power] = [card.id];
    s.pool[power] = 6;
    const opened = applyMove(s, { type: 'playOps', power, card: card.id });
    if (!opened.ok) throw new Error(opened.code);
    return opened.state.pending ? [...opened.state.pending.reach] : [];
  }

  it('at setup Turkey and China each reach at most 7 of the 11 spaces; Russia reaches them all', () => {
    expect(reachAtSetup('russia')).toHaveLength(11);
    expect(reachAtSetup('turkey').length).toBeLessThanOrEqual(7);
    expect(reachAtSetup('china').length).toBeLessThanOrEqual(7);
  });

  it('Turkey starts in the Caucasus and reaches Central Asia only across the Caspian (Kazakhstan West, Turkmenistan)', () => {
    const game = bundledGame('historical');
    const start = game.scenario.startInfluence;
    const turkeyIn = Object.entries(start).flatMap(([space, by]) => ((by.turkey ?? 0) > 0 ? [space] : []));
    expect(turkeyIn.sort()).toEqual(['azerbaijan', 'georgia']);
    expect(reachAtSetup('turkey').sort()).toEqual(['armenia', 'azerbaijan', 'georgia', 'kz_west', 'turkmenistan']);
  });
});

describe('R4.2 acting after the first in round 1 is made up in points', () => {
  /** Each rotation of round 1's order in a new game of `scenario`: the state and its powers by place. */
  const rotations = (scenario: 'historical' | 'armenia-blocks-csto') =>
    [0, 1, 2].map((orderShift) => {
      const s = newGame(bundledGame(scenario), 5, { orderShift });
      return { s, places: s.order as ['russia', 'russia', 'russia'] };
    });

  it('the second power in round 1’s order starts with 2 VP and the third with 1, whatever the rotation; the first with none', () => {
    for (const { s, places } of rotations('historical')) {
      const [first, second, third] = places;
      expect([s.vp[first], s.vp[second], s.vp[third]]).toEqual([0, 2, 1]);
      expect(s.scoreLog).toContainEqual(expect.objectContaining({ power: second, amount: 2, reason: 'lateStart' }));
      expect(s.scoreLog).toContainEqual(expect.objectContaining({ power: third, amount: 1, reason: 'lateStart' }));
      expect(s.scoreLog.filter((e) => e.power === first && e.reason === 'lateStart')).toEqual([]);
    }
  });

  it('the komi is scenario data: in Armenia blocks the CSTO the second and third powers start with 1 VP each', () => {
    for (const { s, places } of rotations('armenia-blocks-csto')) expect(places.map((power) => s.vp[power])).toEqual([0, 1, 1]);
  });
});

describe('R5.7 Turkey’s aid builds OTS readiness up to the voice, never to a mission', () => {
  // Aid up to the voice (4), as in the historical game; with a mission at 4 (the mini scenario's) or at 5 (the historical one's).
  const withAid: Scenario = { ...MINI_NO_AFGHANISTAN, options: { ...MINI_NO_AFGHANISTAN.options, aidReadinessUpTo: 4 } };
  const fullMission: Scenario = { ...withAid, options: { ...withAid.options, otsReadyAt: 5 } };
  function stabilising(power: 'russia' | 'turkey', readiness: number, scenario: Scenario = withAid): GameState {
    const s = turnOf(clearBoard(newGame(scenario, 1)), power);
    s.unrest = 3;
    s.otsReadiness = readiness;
    for (const p of ['russia', 'turkey', 'china'] as const) s.pool[p] = 0;
    s.influence.kz_south[power] = 1;
    s.hands[power] = ['m_elite_purge'];
    return play(play(s, { type: 'playOps', power, card: 'm_elite_purge' }), { type: 'stabilise', power, space: 'kz_south' });
  }

  it('Turkey’s stabilisation lowers unrest and raises readiness by 1 below the voice', () => {
    const after = stabilising('turkey', 1);
    expect(after.unrest).toBe(2);
    expect(after.influence.kz_south.turkey).toBe(2);
    expect(after.otsReadiness).toBe(2);
  });

  it('it stops one short of a mission: 3 stays 3 where a mission needs 4', () => {
    expect(stabilising('turkey', 2).otsReadiness).toBe(3);
    expect(stabilising('turkey', 3).otsReadiness).toBe(3);
  });

  it('where a mission needs 5 it reaches the voice (4) and no further', () => {
    expect(stabilising('turkey', 3, fullMission).otsReadiness).toBe(4);
    expect(stabilising('turkey', 4, fullMission).otsReadiness).toBe(4);
  });

  it('where the scenario sets no aid (Armenia blocks the CSTO) Turkey’s stabilisation builds no readiness', () => {
    const after = stabilising('turkey', 1, MINI_NO_AFGHANISTAN);
    expect(after.unrest).toBe(2);
    expect(after.otsReadiness).toBe(1);
  });

  it('Russia’s stabilisation leaves the OTS where it was', () => {
    const after = stabilising('russia', 1);
    expect(after.unrest).toBe(2);
    expect(after.otsReadiness).toBe(1);
  });
});

describe('R9.6 the agendas fit their scenario', () => {
  const armenia = bundledGame('armenia-blocks-csto');

  /** Every agenda a power is dealt over 40 seeds of a scenario (R1.7). */
  const dealtOver40Seeds = (power: 'russia' | 'turkey'): string[] => {
    const dealt = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) dealt.add(newGame(armenia, seed, { agendas: true }).agendas[power] ?? 'none');
    return [...dealt].sort();
  };

  it('Armenia blocks the CSTO: Russia may be dealt the CPC pipeline, never the CSTO’s credibility, which cannot hold there', () => {
    expect(dealtOver40Seeds('russia')).toEqual(['cpc_pipeline', 'hold_the_north']);
  });

  /** Whether an Armenia agenda holds on an empty board changed by `set`, and its VP. */
  const holdsWhen = (id: string, set: (s: GameState) => void): { vp: number; holds: boolean } => {
    const agenda = armenia.agendas.get(id);
    if (!agenda) throw new Error(`no ${id} agenda`);
    const s = clearBoard(newGame(armenia, 3));
    set(s);
    return { vp: agenda.vp, holds: agendaHolds(armenia, s, agenda) };
  };

  it('the CPC pipeline holds while Russia keeps any influence in Kazakhstan West, even without control', () => {
    expect(holdsWhen('cpc_pipeline', (s) => (s.influence.kz_west = { russia: 1, turkey: 3, china: 0 }))).toEqual({ vp: 8, holds: true });
    expect(holdsWhen('cpc_pipeline', (s) => (s.influence.kz_west = { russia: 0, turkey: 3, china: 0 })).holds).toBe(false);
  });

  it('Armenia blocks the CSTO: Turkey may be dealt a Turkic mission, never Turkic unity, which holds by itself there', () => {
    expect(dealtOver40Seeds('turkey')).toEqual(['middle_corridor', 'ots_mission']);
  });

  it('a Turkic mission holds only when Turkey answered the call', () => {
    expect(holdsWhen('ots_mission', () => undefined)).toEqual({ vp: 4, holds: false });
    const rescuedBy = (power: 'russia' | 'turkey') => (s: GameState) => {
      s.regime = 'rescued';
      s.rescuedBy = power;
    };
    expect(holdsWhen('ots_mission', rescuedBy('turkey')).holds).toBe(true);
    expect(holdsWhen('ots_mission', rescuedBy('russia')).holds).toBe(false);
  });
});
