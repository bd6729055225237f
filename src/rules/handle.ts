// The game handle: a loaded scenario with the lookups the hot path needs (adjacency, cards by id),
// built once and passed by hand to every kernel call, as an OpenSpiel State holds its Game (STYLE
// §5). There is no registry: two scenarios that share an id are two handles, told apart by hash.
import {
  BLOC_OF,
  POWERS,
  type Bloc,
  type ByPower,
  type CardDef,
  type AgendaDef,
  type Power,
  type Scenario,
  type ScheduledEventDef,
  type SpaceDef,
  type SpaceId,
  KAZAKHSTAN,
} from './types.js';
import { jsonHash } from './hash.js';
import { phaseOf } from './phases.js';

export interface GameHandle {
  readonly scenario: Scenario;
  /** A hash of the scenario's content; every state records it, and a state from another scenario is refused. */
  readonly hash: string;
  readonly spaceIds: readonly SpaceId[];
  readonly spaces: Readonly<Partial<Record<SpaceId, SpaceDef>>>;
  /** Spaces next to each power's home area (R1.4, R3.3). */
  readonly homeNeighbours: ByPower<ReadonlySet<SpaceId>>;
  readonly neighbours: Readonly<Partial<Record<SpaceId, readonly SpaceId[]>>>;
  /** For each space, the spaces whose neighbour lists name it: influence there puts it in reach (R3.3). */
  readonly reachedFrom: Readonly<Partial<Record<SpaceId, readonly SpaceId[]>>>;
  readonly blocMembers: Readonly<Record<Bloc, readonly SpaceId[]>>;
  /** Kazakhstan regions that are in play. */
  readonly kazakhstan: readonly SpaceId[];
  readonly cards: ReadonlyMap<string, CardDef>;
  /** The round each card of the deck can first be in a hand (R7.5); worked out here once, as dealing and every search determinisation ask. */
  readonly entryRounds: ReadonlyMap<string, number>;
  readonly events: ReadonlyMap<string, ScheduledEventDef>;
  readonly agendas: ReadonlyMap<string, AgendaDef>;
}

/** The handle of a loaded (already validated) scenario. Frozen: nothing a caller does can change it. */
export function openGame(scenario: Scenario): GameHandle {
  const spaces: Partial<Record<SpaceId, SpaceDef>> = {};
  const neighbours: Partial<Record<SpaceId, readonly SpaceId[]>> = {};
  for (const space of scenario.spaces) {
    spaces[space.id] = space;
    neighbours[space.id] = space.neighbours;
  }
  const reachedFrom: Partial<Record<SpaceId, SpaceId[]>> = {};
  for (const space of scenario.spaces) reachedFrom[space.id] = [];
  for (const space of scenario.spaces) for (const n of space.neighbours) reachedFrom[n]?.push(space.id);
  const homeNeighbours = {} as ByPower<ReadonlySet<SpaceId>>;
  for (const power of POWERS) homeNeighbours[power] = new Set(scenario.powers[power].homeNeighbours);
  const blocMembers = { csto: [], ots: [], sco: [] } as Record<Bloc, SpaceId[]>;
  for (const space of scenario.spaces) for (const bloc of space.blocs) blocMembers[bloc].push(space.id);
  return deepFreeze({
    scenario,
    hash: jsonHash(scenario),
    spaceIds: scenario.spaces.map((s) => s.id),
    spaces,
    homeNeighbours,
    neighbours,
    reachedFrom,
    blocMembers,
    kazakhstan: KAZAKHSTAN.filter((id) => spaces[id] !== undefined),
    cards: new Map(scenario.cards.map((c) => [c.id, c])),
    entryRounds: new Map(scenario.cards.map((c) => [c.id, phaseOf(scenario, c)?.round ?? 1])),
    events: new Map(scenario.scheduledEvents.map((e) => [e.id, e])),
    agendas: new Map(scenario.agendas.map((a) => [a.id, a])),
  });
}

/** Freezes plain objects and arrays all the way down; Maps and Sets stay as built (they are only read). */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map || value instanceof Set) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

export function memberOfOwnBloc(ix: GameHandle, power: Power, space: SpaceId): boolean {
  return ix.spaces[space]?.blocs.includes(BLOC_OF[power]) ?? false;
}
