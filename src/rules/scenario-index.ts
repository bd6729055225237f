// A scenario turned into the lookups the hot path needs (adjacency by index, cards by id), built
// once per scenario and shared by every state that names it (STYLE: fixed facts apart from play).
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

export interface IndexedScenario {
  readonly scenario: Scenario;
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
  readonly events: ReadonlyMap<string, ScheduledEventDef>;
  readonly agendas: ReadonlyMap<string, AgendaDef>;
}

const registry = new Map<string, IndexedScenario>();

function build(scenario: Scenario): IndexedScenario {
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
  return {
    scenario,
    spaceIds: scenario.spaces.map((s) => s.id),
    spaces,
    homeNeighbours,
    neighbours,
    reachedFrom,
    blocMembers,
    kazakhstan: KAZAKHSTAN.filter((id) => spaces[id] !== undefined),
    cards: new Map(scenario.cards.map((c) => [c.id, c])),
    events: new Map(scenario.scheduledEvents.map((e) => [e.id, e])),
    agendas: new Map(scenario.agendas.map((a) => [a.id, a])),
  };
}

/** Make a scenario known to the kernel; states refer to it by id from then on. */
export function registerScenario(scenario: Scenario): IndexedScenario {
  const known = registry.get(scenario.id);
  if (known && known.scenario === scenario) return known;
  const indexed = build(scenario);
  registry.set(scenario.id, indexed);
  return indexed;
}

/** The registered scenario a state belongs to. */
export function indexOf(scenarioId: string): IndexedScenario {
  const indexed = registry.get(scenarioId);
  if (!indexed) throw new Error(`scenario "${scenarioId}" is not registered; call newGame or registerScenario first`);
  return indexed;
}

export function memberOfOwnBloc(ix: IndexedScenario, power: Power, space: SpaceId): boolean {
  return ix.spaces[space]?.blocs.includes(BLOC_OF[power]) ?? false;
}
