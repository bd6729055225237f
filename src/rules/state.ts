// Making and copying states. The state is plain JSON; copies are explicit (STYLE §9).
import { changeVp, drawCards } from './mutations.js';
import type { Ctx } from './context.js';
import { startRound } from './round.js';
import { seedRng, shuffleInPlace, nextInt } from './rng.js';
import type { GameHandle } from './handle.js';
import { entryRound } from './phases.js';
import { POWERS, type ByPower, type GameEvent, type GameState, type Power, type SpaceId } from './types.js';

export interface NewGameOptions {
  /** Deal secret agendas (R1.7); defaults to the scenario's option. */
  readonly agendas?: boolean;
  /**
   * Round 1's turn order is the scenario's rotated left by this many places (R4.2). The runner's
   * --rotate-order uses it to measure what acting first is worth apart from which power acts first.
   */
  readonly orderShift?: number;
}

/** `order` rotated left by `shift` places (any integer). */
export function rotateOrder(order: readonly Power[], shift: number): Power[] {
  const n = order.length;
  const k = n === 0 ? 0 : ((Math.trunc(shift) % n) + n) % n;
  return [...order.slice(k), ...order.slice(0, k)];
}

function byPower<T>(make: (p: Power) => T): ByPower<T> {
  return { russia: make('russia'), turkey: make('turkey'), china: make('china') };
}

/** R2.1: a new game of `scenario` with `seed`, through setup and the first round's events and income. */
export function createGame(ix: GameHandle, seed: number, options: NewGameOptions = {}): { state: GameState; events: GameEvent[] } {
  const scenario = ix.scenario;
  const influence = {} as Record<SpaceId, ByPower<number>>;
  const investment = {} as Record<SpaceId, number>;
  const stabilityShift = {} as Record<SpaceId, number>;
  for (const id of ix.spaceIds) {
    const start = scenario.startInfluence[id] ?? {};
    const invested = scenario.startInvestment[id] ?? 0;
    influence[id] = byPower((p) => (start[p] ?? 0) + (p === 'china' ? invested : 0));
    investment[id] = invested;
    stabilityShift[id] = 0;
  }
  const s: GameState = {
    scenarioId: scenario.id,
    scenarioHash: ix.hash,
    seed,
    round: 1,
    over: false,
    endReason: null,
    order: rotateOrder(scenario.firstOrder, options.orderShift ?? 0),
    turn: 0,
    actionsTaken: byPower(() => 0),
    pending: null,
    influence,
    investment,
    stabilityShift,
    unrest: scenario.startUnrest,
    regime: 'standing',
    rescuedBy: null,
    calledInRound: 0,
    interrupt: null,
    agitation: byPower(() => 0),
    capital: scenario.startCapital,
    cstoWilling: scenario.cstoWilling,
    overstretch: scenario.startOverstretch,
    otsReadiness: scenario.startOtsReadiness,
    pool: byPower((p) => scenario.powers[p].startPool),
    vp: byPower(() => 0),
    tempo: byPower(() => 0),
    hands: byPower(() => []),
    // R7.5: only the first phase's cards are shuffled in at the start; the rest wait, in deck order.
    deck: scenario.deck.filter((id) => entryRound(ix, id) <= 1),
    future: scenario.deck.filter((id) => entryRound(ix, id) > 1),
    discard: [],
    removed: [],
    agendas: byPower(() => null),
    rng: seedRng(seed),
    scoreLog: [],
    moveCount: 0,
  };
  const ctx: Ctx = { ix, s, log: [] };
  // R4.2: acting after the first in round 1 is made up in points (a komi): pools fill to their cap
  // by the first income, so IP would make up nothing. The sizes are scenario data: in the
  // historical game the second seat gets the most, since it acts after the leader and before the
  // power that answers both (BALANCE.md, eighth and ninth passes).
  s.order.forEach((power, place) => {
    const vp = scenario.options.lateStartVp[place] ?? 0;
    if (vp > 0) changeVp(ctx, power, vp, 'lateStart');
  });
  shuffleInPlace(s.rng, s.deck);
  for (const power of s.order) drawCards(ctx, power, scenario.options.handSize);
  if (options.agendas ?? scenario.options.agendas) {
    for (const power of POWERS) {
      const own = scenario.agendas.filter((a) => a.power === power);
      if (own.length > 0) s.agendas[power] = own[nextInt(s.rng, 0, own.length - 1)]?.id ?? null;
    }
  }
  startRound(ctx);
  return { state: s, events: ctx.log };
}

/** A deep copy; written out by hand because it is on every search path. */
export function cloneState(s: GameState): GameState {
  const influence = {} as Record<SpaceId, ByPower<number>>;
  for (const id in s.influence) {
    const v = s.influence[id as SpaceId];
    influence[id as SpaceId] = { russia: v.russia, turkey: v.turkey, china: v.china };
  }
  return {
    ...s,
    order: s.order.slice(),
    actionsTaken: { ...s.actionsTaken },
    pending: s.pending ? { ...s.pending } : null,
    influence,
    investment: { ...s.investment },
    stabilityShift: { ...s.stabilityShift },
    pool: { ...s.pool },
    vp: { ...s.vp },
    tempo: { ...s.tempo },
    hands: { russia: s.hands.russia.slice(), turkey: s.hands.turkey.slice(), china: s.hands.china.slice() },
    deck: s.deck.slice(),
    future: s.future.slice(),
    agitation: { ...s.agitation },
    discard: s.discard.slice(),
    removed: s.removed.slice(),
    agendas: { ...s.agendas },
    rng: s.rng.slice(),
    // Score lines are never changed once written, so the copy may share them.
    scoreLog: s.scoreLog.slice(),
  };
}
