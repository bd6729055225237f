// What one seat may know (R11), and a plausible full state dealt from that knowledge for search
// (STYLE §8). Neither reads another seat's hand, the deck order or the generator state.
import { nextInt, seedRng, shuffleInPlace } from './rng.js';
import { controlOf, stabilityOf } from './control.js';
import type { GameHandle } from './handle.js';
import { entryRound, phaseAt } from './phases.js';
import { tieBreakKeys } from './scoring.js';
import { cloneState } from './state.js';
import { POWERS, type GameState, type Power, type SeatView, type SpaceId } from './types.js';

export function seatView(ix: GameHandle, state: GameState, seat: Power): SeatView {
  // A copy, so that nothing done to a view can reach the state it came from.
  // The cards still to come (R7.5) follow from the scenario and the round; the view leaves them out.
  const { hands, deck, future: _future, rng: _rng, agendas, seed: _seed, ...open } = cloneState(state);
  const control = {} as Record<SpaceId, Power | null>;
  const stability = {} as Record<SpaceId, number>;
  for (const id of ix.spaceIds) {
    control[id] = controlOf(ix, state, id);
    stability[id] = stabilityOf(ix, state, id);
  }
  const keys = tieBreakKeys(ix, state);
  const tieBreak = {} as SeatView['tieBreak'];
  for (const p of POWERS) tieBreak[p] = { value: keys[p][1], influence: keys[p][2] };
  return {
    ...open,
    control,
    stability,
    tieBreak,
    phase: phaseAt(ix.scenario, state.round)?.id ?? null,
    seat,
    hand: [...hands[seat]],
    handCounts: { russia: hands.russia.length, turkey: hands.turkey.length, china: hands.china.length },
    deckCount: deck.length,
    agenda: agendas[seat],
    hasAgenda: { russia: agendas.russia !== null, turkey: agendas.turkey !== null, china: agendas.china !== null },
  };
}

/**
 * A full state consistent with `view`: the cards the seat cannot see (the scenario's deck minus its
 * own hand, the discard and removed cards) are shuffled with `seed` and dealt to the other hands by
 * their counts and to the draw pile; other agendas are drawn from each power's own agendas.
 */
export function determinize(ix: GameHandle, view: SeatView, seed: number): GameState {
  const rng = seedRng(seed);
  // Cards of phases still to come (R7.5) are neither in a hand nor in the draw pile: at a decision
  // they are exactly the cards whose phase opens after this round.
  const future = ix.scenario.deck.filter((id) => entryRound(ix, id) > view.round);
  const seen = new Set<string>([...view.hand, ...view.discard, ...view.removed, ...future]);
  const unseen = ix.scenario.deck.filter((id) => !seen.has(id));
  shuffleInPlace(rng, unseen);
  const hands = { russia: [] as string[], turkey: [] as string[], china: [] as string[] };
  const agendas = { russia: null as string | null, turkey: null as string | null, china: null as string | null };
  for (const power of POWERS) {
    if (power === view.seat) {
      hands[power] = [...view.hand];
      agendas[power] = view.agenda;
      continue;
    }
    hands[power] = unseen.splice(0, view.handCounts[power]);
    if (view.hasAgenda[power]) {
      const own = ix.scenario.agendas.filter((a) => a.power === power);
      agendas[power] = own.length > 0 ? (own[nextInt(rng, 0, own.length - 1)]?.id ?? null) : null;
    }
  }
  const {
    seat: _seat,
    hand: _hand,
    handCounts: _counts,
    deckCount: _deckCount,
    agenda: _agenda,
    hasAgenda: _has,
    control: _control,
    stability: _stability,
    tieBreak: _tieBreak,
    phase: _phase,
    ...open
  } = view;
  return {
    ...open,
    // The real seed is not in the view; the sample is labelled with the one it was dealt from.
    seed,
    order: [...view.order],
    actionsTaken: { ...view.actionsTaken },
    pending: view.pending ? { ...view.pending } : null,
    // Plain ECMAScript (no structuredClone): the kernel runs without a browser or Node.
    influence: Object.fromEntries(Object.entries(view.influence).map(([id, v]) => [id, { ...v }])) as GameState['influence'],
    investment: { ...view.investment },
    stabilityShift: { ...view.stabilityShift },
    pool: { ...view.pool },
    vp: { ...view.vp },
    tempo: { ...view.tempo },
    hands,
    deck: unseen,
    future,
    agitation: { ...view.agitation },
    discard: [...view.discard],
    removed: [...view.removed],
    agendas,
    rng,
    scoreLog: [...view.scoreLog],
  };
}

/** The power to act: one asked out of turn (R6.4) first, else the turn order's. */
export function activeSeat(s: Pick<GameState, 'order' | 'turn' | 'interrupt'>): Power {
  return s.interrupt ?? (s.order[s.turn] as Power);
}
