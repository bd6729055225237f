// The fixed facts of a scenario as the bots use them: flat arrays by space index, built once per
// game handle and cached. This is the only file in src/ai/ that calls the kernel's rule queries
// (control, costs, the call and agendas: R3.1, R5.1, R5.4, R6.4, R9.6), so the bots follow the
// rules' own definitions. The two hottest loops restate
// R3.1, R3.2 and R5.4 by space index for speed (evaluate.ts, policy.ts); a test checks them
// against the kernel. Nothing here touches a secret: callers pass states dealt from a seat's view.
import {
  agendaHolds,
  BLOC_OF,
  canAnswerCall,
  cardPoints,
  controlOf,
  placeCost,
  POWERS,
  stabilityOf,
  type AgendaDef,
  type CardDef,
  type GameHandle,
  type GameState,
  type Power,
  type SpaceId,
} from '../rules/index.js';

export interface Facts {
  readonly ix: GameHandle;
  readonly spaceIds: readonly SpaceId[];
  /** Index of each space in `spaceIds` (and in the arrays below). */
  readonly at: Readonly<Partial<Record<SpaceId, number>>>;
  readonly value: readonly number[];
  /** Printed stability, before event shifts (R1.3). */
  readonly stability: readonly number[];
  readonly turkic: readonly boolean[];
  /** Whether space i touches each power's home area (R1.4): no new-foothold cost there (R5.4). */
  readonly homeTouch: Readonly<Record<Power, readonly boolean[]>>;
  readonly nearXinjiang: readonly boolean[];
  readonly kazakhstan: readonly boolean[];
  /** Kazakhstan's space indices in the kernel's own order (its list of Kazakh spaces), which its stabilise moves follow. */
  readonly kazakhstanOrder: readonly number[];
  /** Whether space i belongs to the bloc of each power (R9.2, R5.3). */
  readonly ownBloc: Readonly<Record<Power, readonly boolean[]>>;
  /** Rounds (1-based) that end with a scoring (R9). */
  readonly scoringRounds: readonly number[];
  readonly rounds: number;
  readonly cards: ReadonlyMap<string, CardDef>;
  readonly agendas: ReadonlyMap<string, AgendaDef>;
  /** Each power's own agenda ids, to redeal the ones a seat cannot see. */
  readonly agendasOf: Readonly<Record<Power, readonly string[]>>;
  readonly callThreshold: number;
  readonly otsReadyAt: number;
  readonly overstretchSafe: number;
  readonly overstretchMax: number;
  readonly maxPool: number;
  readonly handSize: number;
  /** Actions each power takes in a round (R4.1). */
  readonly turnsPerRound: number;
}

// Keyed by the handle itself, so two scenarios that share an id never share facts.
const cache = new WeakMap<GameHandle, Facts>();

export function factsFor(ix: GameHandle): Facts {
  const known = cache.get(ix);
  if (known) return known;
  const sc = ix.scenario;
  const defs = ix.spaceIds.map((id) => ix.spaces[id]);
  const ownBloc = {} as Record<Power, boolean[]>;
  const homeTouch = {} as Record<Power, boolean[]>;
  const agendasOf = {} as Record<Power, string[]>;
  for (const p of POWERS) {
    ownBloc[p] = defs.map((d) => d?.blocs.includes(BLOC_OF[p]) ?? false);
    homeTouch[p] = ix.spaceIds.map((id) => ix.homeNeighbours[p].has(id));
    agendasOf[p] = sc.agendas.filter((a) => a.power === p).map((a) => a.id);
  }
  const facts: Facts = {
    ix,
    spaceIds: ix.spaceIds,
    at: Object.fromEntries(ix.spaceIds.map((id, i) => [id, i])),
    value: defs.map((d) => d?.value ?? 0),
    stability: defs.map((d) => d?.stability ?? 1),
    turkic: defs.map((d) => d?.turkic ?? false),
    homeTouch,
    nearXinjiang: defs.map((d) => d?.nearXinjiang ?? false),
    kazakhstan: ix.spaceIds.map((id) => ix.kazakhstan.includes(id)),
    kazakhstanOrder: ix.kazakhstan.map((id) => ix.spaceIds.indexOf(id)),
    ownBloc,
    scoringRounds: sc.rounds.flatMap((r, i) => (r.scoring ? [i + 1] : [])),
    rounds: sc.rounds.length,
    cards: ix.cards,
    agendas: ix.agendas,
    agendasOf,
    callThreshold: sc.options.callThreshold,
    otsReadyAt: sc.options.otsReadyAt,
    overstretchSafe: sc.options.overstretchSafe,
    overstretchMax: sc.options.overstretchMax,
    maxPool: sc.options.maxPool,
    handSize: sc.options.handSize,
    turnsPerRound: sc.options.turnsPerRound,
  };
  cache.set(ix, facts);
  return facts;
}

/** R3.2: stability after event shifts. */
export function stabilityAt(f: Facts, s: GameState, space: SpaceId): number {
  return stabilityOf(f.ix, s, space);
}

/** R3.1. */
export function controllerOf(f: Facts, s: GameState, space: SpaceId): Power | null {
  return controlOf(f.ix, s, space);
}

/** R6.4, judged on the state's current tracks. */
export function mayAnswer(f: Facts, s: GameState, power: Power): boolean {
  return canAnswerCall(f.ix, s, power);
}

/**
 * Whether `power` could answer a call if one opened now: the kernel's R6.4 test with the regime
 * taken as calling (the state is put back before returning).
 */
export function couldAnswer(f: Facts, s: GameState, power: Power): boolean {
  if (s.regime === 'rescued' || s.regime === 'fallen') return false;
  const regime = s.regime;
  s.regime = 'calling';
  const able = canAnswerCall(f.ix, s, power);
  s.regime = regime;
  return able;
}

/** R9.6: whether the agenda `id` would score if the game ended now. */
export function agendaHoldsNow(f: Facts, s: GameState, id: string): AgendaDef | null {
  const agenda = f.agendas.get(id);
  return agenda && agendaHolds(f.ix, s, agenda) ? agenda : null;
}

/** R5.4: what placing one influence costs `power` in `space` now. */
export function placeCostFor(f: Facts, s: GameState, power: Power, space: SpaceId): number {
  return placeCost(f.ix, s, power, space);
}

/** R5.1: the points `card` gives `power` for operations now (undefined for an unknown card). */
export function cardPointsFor(f: Facts, s: GameState, power: Power, card: string): number | undefined {
  const def = f.cards.get(card);
  return def ? cardPoints(f.ix, s, power, def.ops) : undefined;
}
