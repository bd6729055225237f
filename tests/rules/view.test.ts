// R11: what each seat may know.
import { describe, expect, it } from 'vitest';
import { determinize, newGame, newGameWithLog, viewFor } from '../support/kernel.js';
import { POWERS } from '../../src/rules/index.js';
import { MINI } from '../support/mini-scenario.js';
import { passOutRound, playWithLog, sortedCards, turnOf } from '../support/play.js';

describe('R11 hidden information', () => {
  const state = newGame(MINI, 77, { agendas: true });

  it('R11 a seat sees its own hand and agenda; of the others only how many cards they hold and whether they have an agenda', () => {
    for (const seat of POWERS) {
      const view = viewFor(state, seat);
      expect(view.seat).toBe(seat);
      expect(view.hand).toEqual(state.hands[seat]);
      expect(view.agenda).toBe(state.agendas[seat]);
      expect(view.handCounts).toEqual({ russia: 4, turkey: 4, china: 4 });
      expect(view.hasAgenda).toEqual({ russia: true, turkey: true, china: true });
      expect(Object.keys(view)).not.toContain('hands');
      expect(Object.keys(view)).not.toContain('agendas');
      const text = JSON.stringify(view);
      for (const other of POWERS.filter((p) => p !== seat)) {
        for (const card of state.hands[other]) expect(text).not.toContain(`"${card}"`);
        expect(text).not.toContain(`"${state.agendas[other] ?? 'none'}"`);
      }
    }
  });

  it('R11 nobody sees the order of the draw pile, nor the generator state or the seed that would deal it again', () => {
    const view = viewFor(state, 'russia');
    expect(Object.keys(view)).not.toContain('deck');
    expect(Object.keys(view)).not.toContain('rng');
    expect(view.deckCount).toBe(state.deck.length);
    const text = JSON.stringify(view);
    for (const card of state.deck) expect(text).not.toContain(`"${card}"`);
    expect(text).not.toContain(JSON.stringify(state.rng));
    // Regression: the view used to carry the seed, and newGame(scenario, seed) deals every hand again.
    expect(Object.keys(view)).not.toContain('seed');
  });

  it('R11 the board, the tracks and the discard pile are public', () => {
    const s = turnOf(state, 'turkey');
    s.hands.turkey = ['m_ots_summit'];
    const { state: after } = playWithLog(s, { type: 'playEvent', power: 'turkey', card: 'm_ots_summit' });
    const view = viewFor(after, 'china');
    expect(view.discard).toEqual(['m_ots_summit']);
    expect(view.influence).toEqual(after.influence);
    expect(view.otsReadiness).toBe(after.otsReadiness);
    expect(view.unrest).toBe(after.unrest);
    expect(view.vp).toEqual(after.vp);
    expect(view.scoreLog).toEqual(after.scoreLog);
  });

  it('R11 the log never shows a card that was drawn', () => {
    const { events } = newGameWithLog(MINI, 77);
    const dealt = newGame(MINI, 77).hands;
    const text = JSON.stringify(events);
    for (const p of POWERS) for (const card of dealt[p]) expect(text).not.toContain(card);
    expect(events.filter((e) => e.kind === 'cardsDrawn')).toEqual([
      { kind: 'cardsDrawn', power: 'russia', count: 4 },
      { kind: 'cardsDrawn', power: 'china', count: 4 },
      { kind: 'cardsDrawn', power: 'turkey', count: 4 },
    ]);
  });

  it('R11 a view is a copy: changing it changes nothing in the state', () => {
    const before = JSON.stringify(state);
    const view = viewFor(state, 'china');
    (view.hand as string[]).push('x');
    view.influence.kz_north.china = 99;
    view.discard.push('y');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('R11 determinize deals a full state consistent with the view: same public facts, own hand, counts, and the same cards in all', () => {
    const later = passOutRound(state);
    for (const seat of POWERS) {
      const view = viewFor(later, seat);
      const dealt = determinize(view, 5);
      expect(viewFor(dealt, seat)).toEqual(view);
      expect(sortedCards(dealt)).toEqual(sortedCards(later));
    }
  });
});
