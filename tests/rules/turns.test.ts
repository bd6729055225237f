// R2 and R4: setup, the round's steps, actions per round, turn order and tempo.
import { describe, expect, it } from 'vitest';
import { activeSeat, applyMove, legalMoves, newGame, newGameWithLog } from '../support/kernel.js';
import { nextOrder } from '../../src/rules/index.js';
import { POWERS, type GameState, type Power } from '../../src/rules/index.js';
import { MINI } from '../support/mini-scenario.js';
import { clearBoard, passOutRound, play, turnOf } from '../support/play.js';

describe('R2 setup and the round', () => {
  it('R2.1 setup deals each power a hand of 4 from the seeded shuffle and places the starting tracks', () => {
    const s = newGame(MINI, 11);
    for (const p of POWERS) expect(s.hands[p]).toHaveLength(4);
    expect(s.deck).toHaveLength(MINI.deck.length - 12);
    expect(s.influence.azerbaijan.turkey).toBe(3);
    // Starting investment is China's influence too (R5.5).
    expect(s.investment.kz_south).toBe(1);
    expect(s.influence.kz_south.china).toBe(1);
    expect(s.otsReadiness).toBe(1);
    // Same seed, same deal; another seed, another deal.
    expect(newGame(MINI, 11).hands).toEqual(s.hands);
    const others = [12, 13, 14, 15].map((seed) => JSON.stringify(newGame(MINI, seed).hands));
    expect(others.some((h) => h !== JSON.stringify(s.hands))).toBe(true);
  });

  it("R4.2 newGame may rotate round 1's turn order (the runner's --rotate-order)", () => {
    const order = newGame(MINI, 11).order;
    expect(newGame(MINI, 11, { orderShift: 1 }).order).toEqual([order[1], order[2], order[0]]);
    expect(newGame(MINI, 11, { orderShift: 2 }).order).toEqual([order[2], order[0], order[1]]);
    expect(newGame(MINI, 11, { orderShift: 3 }).order).toEqual(order);
    expect(newGame(MINI, 11, { orderShift: -1 }).order).toEqual([order[2], order[0], order[1]]);
    const shifted = newGame(MINI, 11, { orderShift: 1 });
    expect(activeSeat(shifted)).toBe(order[1]);
    // The hands are dealt in turn order, so the same cards go round in the new order.
    const dealt = (s: GameState): string[] => POWERS.flatMap((p) => s.hands[p]).sort();
    expect(dealt(shifted)).toEqual(dealt(newGame(MINI, 11)));
  });

  it('R2.1 with agendas each power is dealt one of its own agendas', () => {
    const s = newGame(MINI, 3, { agendas: true });
    expect(s.agendas).toEqual({ russia: 'm_agenda_russia', turkey: 'm_agenda_turkey', china: 'm_agenda_china' });
    expect(newGame(MINI, 3).agendas).toEqual({ russia: null, turkey: null, china: null });
  });

  it('R2.2 the round opens with its scheduled events, then income, in that order', () => {
    const { state, events } = newGameWithLog(MINI, 5);
    // m_gas_price_doubles: unrest +2 from 3.
    expect(state.unrest).toBe(5);
    const kinds = events.map((e) => e.kind);
    const scheduled = kinds.indexOf('scheduledEvent');
    const firstIncome = kinds.indexOf('income');
    expect(scheduled).toBeGreaterThanOrEqual(0);
    expect(firstIncome).toBeGreaterThan(scheduled);
    expect(events[scheduled]).toEqual({ kind: 'scheduledEvent', id: 'm_gas_price_doubles' });
  });
});

describe('R4.1 actions', () => {
  it('R4.1 powers act one at a time in turn order until each has taken 2 actions, then the round ends', () => {
    let s = newGame(MINI, 2);
    const seen: Power[] = [];
    while (s.round === 1) {
      const p = activeSeat(s);
      seen.push(p);
      s = play(s, { type: 'pass', power: p });
    }
    expect(seen).toEqual(['russia', 'china', 'turkey', 'russia', 'china', 'turkey']);
    expect(s.round).toBe(2);
    expect(s.actionsTaken).toEqual({ russia: 0, turkey: 0, china: 0 });
  });

  it('R4.1 playing a card for operations is one action however many operations it pays for', () => {
    let s = turnOf(newGame(MINI, 2), 'russia');
    s.hands.russia = ['m_caspian_pipeline', 'm_csto_summit'];
    s = play(s, { type: 'playOps', power: 'russia', card: 'm_caspian_pipeline' });
    s = play(s, { type: 'place', power: 'russia', space: 'kz_west' });
    s = play(s, { type: 'place', power: 'russia', space: 'kz_west' });
    expect(activeSeat(s)).toBe('russia');
    expect(s.actionsTaken.russia).toBe(0);
    s = play(s, { type: 'endOps', power: 'russia' });
    expect(s.actionsTaken.russia).toBe(1);
    expect(activeSeat(s)).toBe('china');
  });

  it('R4.1 a power with no cards may only pass (or answer the call)', () => {
    const s = turnOf(newGame(MINI, 2), 'china');
    s.hands.china = [];
    expect(legalMoves(s, 'china')).toEqual([{ type: 'pass', power: 'china' }]);
    const calling = turnOf(s, 'russia');
    calling.hands.russia = [];
    calling.regime = 'calling';
    calling.unrest = 6;
    expect(legalMoves(calling, 'russia')).toEqual([
      { type: 'answerCall', power: 'russia' },
      { type: 'pass', power: 'russia' },
    ]);
  });

  it('R4.1 nobody but the active power may act; legal moves of the others are empty', () => {
    const s = newGame(MINI, 2);
    expect(activeSeat(s)).toBe('russia');
    expect(legalMoves(s, 'turkey')).toEqual([]);
    const out = applyMove(s, { type: 'pass', power: 'turkey' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.code).toBe('notYourTurn');
  });
});

describe('R4.2 turn order and R4.3 tempo', () => {
  function roundWith(plays: Partial<Record<Power, string>>): GameState {
    // Each power plays the named card for its event on its first action and passes otherwise.
    let s = clearBoard(newGame(MINI, 4));
    s.unrest = 2;
    for (const p of POWERS) s.hands[p] = plays[p] ? [plays[p]] : [];
    const round = s.round;
    const played = new Set<Power>();
    while (s.round === round) {
      const p = activeSeat(s);
      const card = plays[p];
      if (card && !played.has(p)) {
        played.add(p);
        s = play(s, { type: 'playEvent', power: p, card });
      } else {
        // An event's momentum (R7.1) leaves points to spend; this round only counts tempo.
        s = play(s, { type: s.pending ? 'endOps' : 'pass', power: p });
      }
    }
    return s;
  }

  it('R4.2 round 1 uses the scenario’s order', () => {
    expect(newGame(MINI, 9).order).toEqual(['russia', 'china', 'turkey']);
  });

  it('R4.2 the power with the most tempo acts first next round', () => {
    const s = roundWith({ turkey: 'm_analysts_meet' });
    expect(s.order).toEqual(['turkey', 'russia', 'china']);
    expect(activeSeat(s)).toBe('turkey');
  });

  it('R4.2 ties keep the previous round’s relative order', () => {
    // China and Turkey each earn 1; China was before Turkey, so it stays before.
    const s = roundWith({ turkey: 'm_analysts_meet', china: 'm_analysts_meet' });
    expect(s.order).toEqual(['china', 'turkey', 'russia']);
    expect(nextOrder(['turkey', 'china', 'russia'], { russia: 0, turkey: 1, china: 1 })).toEqual(['turkey', 'china', 'russia']);
  });

  it('R4.3 an event earns 1 tempo, an event giving tempo earns more, and tempo starts again at 0 each round', () => {
    // m_csto_summit gives +1 tempo on top of the +1 for playing an event: Russia 2 beats China's 1.
    let s = turnOf(clearBoard(newGame(MINI, 4)), 'russia');
    s.hands.russia = ['m_csto_summit'];
    s = play(s, { type: 'playEvent', power: 'russia', card: 'm_csto_summit' });
    expect(s.tempo).toEqual({ russia: 2, turkey: 0, china: 0 });
    s = turnOf(s, 'china');
    s.hands.china = ['m_analysts_meet'];
    s = play(s, { type: 'playEvent', power: 'china', card: 'm_analysts_meet' });
    expect(s.tempo).toEqual({ russia: 2, turkey: 0, china: 1 });
    s = passOutRound(s);
    expect(s.order).toEqual(['russia', 'china', 'turkey']);
    expect(s.tempo).toEqual({ russia: 0, turkey: 0, china: 0 });
  });

  it('R4.3 operations and passing earn no tempo; answering the call earns 2', () => {
    let s = turnOf(newGame(MINI, 4), 'russia');
    s.hands.russia = ['m_csto_summit'];
    s = play(s, { type: 'playOps', power: 'russia', card: 'm_csto_summit' });
    s = play(s, { type: 'endOps', power: 'russia' });
    s = play(s, { type: 'pass', power: 'china' });
    expect(s.tempo).toEqual({ russia: 0, turkey: 0, china: 0 });
    s = turnOf(s, 'russia');
    s.regime = 'calling';
    s.unrest = 7;
    s = play(s, { type: 'answerCall', power: 'russia' });
    expect(s.tempo.russia).toBe(2);
  });
});
