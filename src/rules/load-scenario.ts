// Turns the JSON of the card catalogue and of a scenario into the fixed facts a game runs on, or
// into one error that names the file, the field and what was expected (STYLE: bad input is a
// value). Pure: no file system, so the browser loads scenarios through the same code.
import type { z } from 'zod';
import { catalogueFileSchema, listPhrase, scenarioFileSchema, type ScenarioFile } from './scenario-schema.js';
import {
  POWERS,
  type AgendaDef,
  type CardDef,
  type Catalogue,
  type Condition,
  type Effect,
  type PowerRef,
  type Scenario,
  type ScheduledEventDef,
  type SpaceId,
  type SpaceRef,
} from './types.js';

export type { Catalogue } from './types.js';

export interface ScenarioError {
  readonly file: string;
  /** A JSON path such as `rounds[2].date`, or `(root)` for the whole file. */
  readonly path: string;
  /** What the field should hold, as a short phrase: "a whole number from 1 to 4". */
  readonly expected: string;
  /** `${file}: ${path}: expected ${expected}`, ready to show. */
  readonly message: string;
}

export type CatalogueResult = { readonly ok: true; readonly catalogue: Catalogue } | { readonly ok: false; readonly error: ScenarioError };
export type ScenarioResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly error: ScenarioError };

/** A path as a list of keys and indexes, turned into text only when an error is reported. */
type PathSegments = readonly PropertyKey[];

/**
 * A fault found by a cross-reference check. Only the first fault is reported, so the checks throw
 * it out of their nested walks and the two parse functions catch it and return it as a value.
 */
class Fault {
  constructor(
    readonly path: PathSegments,
    readonly expected: string,
  ) {}
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: PathSegments): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text === '' ? '(root)' : text;
}

function errorOf(file: string, path: PathSegments, expected: string): ScenarioError {
  const pathText = formatPath(path);
  return { file, path: pathText, expected, message: `${file}: ${pathText}: expected ${expected}` };
}

// ---------------------------------------------------------------------------------------------
// zod's faults in the project's words

const TYPE_PHRASES: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/**
 * The phrase for a fault whose schema did not name one itself (each schema in scenario-schema.ts
 * does for its own faults; this covers the rest, such as a JSON file that is not an object).
 */
function fallbackPhrase(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_PHRASES[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `a list of at least ${issue.minimum} items` : `a value of at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `a list of at most ${issue.maximum} items` : `a value of at most ${issue.maximum}`;
    case 'invalid_value':
      return `one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return 'a known key';
    case 'invalid_union':
      return issue.inclusive !== false && issue.options ? `one of: ${issue.options.map(String).join(', ')}` : 'one of the allowed forms';
    case 'invalid_format':
      return `a text in ${issue.format} format`;
    case 'invalid_key':
      return 'a known key';
    case 'invalid_element':
      return 'a valid entry';
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    case 'custom':
      return 'a valid value';
  }
}

function zodFault(issue: z.core.$ZodIssue): Fault {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    if (key !== undefined) path.push(key);
  }
  // JSON has no undefined: an undefined input is a field that is not there, named by its parent.
  const missing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
  if (missing && path.length > 0) {
    const field = path.pop();
    return new Fault(path, `a value for ${String(field)}`);
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator !== undefined) {
    // A missing discriminator ("op" or "kind") is reported on its parent, like any missing field.
    const parentInput = 'input' in issue ? issue.input : undefined;
    const discriminator = issue.discriminator;
    const value = isRecord(parentInput) ? parentInput[discriminator] : undefined;
    if (value === undefined && path[path.length - 1] === discriminator) {
      path.pop();
      return new Fault(path, `a value for ${discriminator} (${issue.message})`);
    }
  }
  return new Fault(path, issue.message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown): { ok: true; value: T } | { ok: false; fault: Fault } {
  const result = schema.safeParse(json, { reportInput: true, error: fallbackPhrase });
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0];
  return { ok: false, fault: first ? zodFault(first) : new Fault([], 'a valid file') };
}

// ---------------------------------------------------------------------------------------------
// Walking effects: every space, power and condition an event uses, with its path

interface EffectVisitor {
  space?(ref: SpaceRef, path: PathSegments): void;
  power?(ref: PowerRef, path: PathSegments): void;
  rows?(rows: readonly { readonly min: number; readonly max: number }[], path: PathSegments): void;
}

function visitCondition(cond: Condition, path: PathSegments, visitor: EffectVisitor): void {
  if ('space' in cond) visitor.space?.(cond.space, [...path, 'space']);
  if (cond.kind === 'rescuedBy' || cond.kind === 'controls' || cond.kind === 'hasInfluence') {
    visitor.power?.(cond.power, [...path, 'power']);
  }
}

function visitEffects(effects: readonly Effect[], path: PathSegments, visitor: EffectVisitor): void {
  effects.forEach((effect, index) => {
    const at = [...path, index];
    switch (effect.op) {
      case 'influence':
        visitor.power?.(effect.power, [...at, 'power']);
        visitor.space?.(effect.space, [...at, 'space']);
        return;
      case 'investment':
      case 'stability':
        visitor.space?.(effect.space, [...at, 'space']);
        return;
      case 'vp':
      case 'ip':
      case 'tempo':
      case 'draw':
        visitor.power?.(effect.power, [...at, 'power']);
        return;
      case 'if':
        visitCondition(effect.cond, [...at, 'cond'], visitor);
        visitEffects(effect.then, [...at, 'then'], visitor);
        if (effect.else) visitEffects(effect.else, [...at, 'else'], visitor);
        return;
      case 'roll':
        visitor.rows?.(effect.rows, [...at, 'rows']);
        effect.rows.forEach((row, rowIndex) => visitEffects(row.effects, [...at, 'rows', rowIndex, 'effects'], visitor));
        return;
      case 'unrest':
      case 'overstretch':
      case 'otsReadiness':
      case 'capital':
      case 'cstoWilling':
        return;
    }
  });
}

/** The named spaces an event or goal uses (not "target"), for the spaces-in-play check. */
function spacesUsed(effects: readonly Effect[], extra: readonly SpaceId[] = [], requires?: Condition): SpaceId[] {
  const used = new Set<SpaceId>(extra);
  const collect: EffectVisitor = {
    space(ref) {
      if (ref !== 'target') used.add(ref);
    },
  };
  if (requires) visitCondition(requires, [], collect);
  visitEffects(effects, [], collect);
  return [...used];
}

function goalSpaces(goal: AgendaDef['goal']): SpaceId[] {
  if (goal.kind === 'controlsAll') return [...goal.spaces];
  return 'space' in goal && goal.space !== 'target' ? [goal.space] : [];
}

const DIE_FACES = [1, 2, 3, 4, 5, 6] as const;
const ROWS_PHRASE = 'rows that cover each roll from 1 to 6 exactly once, in order (min ≤ max)';

/** The rows of a roll must split 1–6 into ordered, touching ranges, so every roll has one outcome. */
function rowsCoverDie(rows: readonly { readonly min: number; readonly max: number }[]): boolean {
  let next: number = DIE_FACES[0];
  for (const row of rows) {
    if (row.min !== next || row.max < row.min) return false;
    next = row.max + 1;
  }
  return next === DIE_FACES.length + 1;
}

// ---------------------------------------------------------------------------------------------
// The catalogue

function firstDuplicate(ids: readonly string[]): { index: number; firstIndex: number } | null {
  const seen = new Map<string, number>();
  for (const [index, id] of ids.entries()) {
    const firstIndex = seen.get(id);
    if (firstIndex !== undefined) return { index, firstIndex };
    seen.set(id, index);
  }
  return null;
}

function checkUniqueIds(items: readonly { readonly id: string }[], listName: string, what: string): void {
  const duplicate = firstDuplicate(items.map((item) => item.id));
  if (duplicate) {
    const id = items[duplicate.index]?.id ?? '';
    throw new Fault([listName, duplicate.index, 'id'], `a unique ${what} id (${id} is also ${listName}[${duplicate.firstIndex}].id)`);
  }
}

function checkCard(card: CardDef, path: PathSegments): void {
  let usesTarget = false;
  visitEffects(card.effects, [...path, 'effects'], {
    space(ref, at) {
      if (ref !== 'target') return;
      if (!card.targets) throw new Fault(at, 'a space id ("target" needs the card to list targets)');
      usesTarget = true;
    },
    rows(rows, at) {
      if (!rowsCoverDie(rows)) throw new Fault(at, ROWS_PHRASE);
    },
  });
  if (card.requires) {
    visitCondition(card.requires, [...path, 'requires'], {
      space(ref, at) {
        if (ref !== 'target') return;
        if (!card.targets) throw new Fault(at, 'a space id ("target" needs the card to list targets)');
      },
    });
  }
  if (card.targets) {
    const duplicate = firstDuplicate(card.targets);
    if (duplicate) throw new Fault([...path, 'targets', duplicate.index], 'a space listed once');
    // usesTarget is set inside the walk's callback, which narrowing does not follow.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (!usesTarget) throw new Fault([...path, 'targets'], 'no targets, or effects that use "target"');
  }
}

const PLAYERLESS_POWER_PHRASE = `one of: ${listPhrase(POWERS)}, all (a scheduled event has no player, so no "self" or "rivals")`;

function checkScheduledEvent(event: ScheduledEventDef, path: PathSegments): void {
  visitEffects(event.effects, [...path, 'effects'], {
    space(ref, at) {
      if (ref === 'target') throw new Fault(at, 'a space id (a scheduled event has no target)');
    },
    power(ref, at) {
      if (ref === 'self' || ref === 'rivals') throw new Fault(at, PLAYERLESS_POWER_PHRASE);
    },
    rows(rows, at) {
      if (!rowsCoverDie(rows)) throw new Fault(at, ROWS_PHRASE);
    },
  });
}

function checkAgenda(agenda: AgendaDef, path: PathSegments): void {
  if ('space' in agenda.goal && agenda.goal.space === 'target') {
    throw new Fault([...path, 'goal', 'space'], 'a space id (an agenda has no target)');
  }
}

function checkCatalogue(catalogue: Catalogue): void {
  checkUniqueIds(catalogue.cards, 'cards', 'card');
  checkUniqueIds(catalogue.events, 'events', 'event');
  checkUniqueIds(catalogue.agendas, 'agendas', 'agenda');
  catalogue.cards.forEach((card, index) => checkCard(card, ['cards', index]));
  catalogue.events.forEach((event, index) => checkScheduledEvent(event, ['events', index]));
  catalogue.agendas.forEach((agenda, index) => checkAgenda(agenda, ['agendas', index]));
}

/** Parse and check the card catalogue (scenarios/cards.json). */
export function parseCatalogue(fileName: string, json: unknown): CatalogueResult {
  const parsed = parseWith(catalogueFileSchema, json);
  if (!parsed.ok) return { ok: false, error: errorOf(fileName, parsed.fault.path, parsed.fault.expected) };
  const catalogue: Catalogue = { cards: parsed.value.cards, events: parsed.value.events, agendas: parsed.value.agendas };
  try {
    checkCatalogue(catalogue);
  } catch (thrown) {
    if (thrown instanceof Fault) return { ok: false, error: errorOf(fileName, thrown.path, thrown.expected) };
    throw thrown;
  }
  return { ok: true, catalogue: deepFreeze(catalogue) };
}

// ---------------------------------------------------------------------------------------------
// A scenario

function notInPlay(space: string): string {
  return `a space in this scenario (${space} is not in spaces)`;
}

function checkSpaces(file: ScenarioFile): void {
  const duplicate = firstDuplicate(file.spaces.map((space) => space.id));
  if (duplicate) {
    const id = file.spaces[duplicate.index]?.id ?? '';
    throw new Fault(['spaces', duplicate.index, 'id'], `a unique space id (${id} is also spaces[${duplicate.firstIndex}].id)`);
  }
  const inPlay = new Map(file.spaces.map((space) => [space.id, space]));
  file.spaces.forEach((space, index) => {
    const repeated = firstDuplicate(space.neighbours);
    if (repeated) throw new Fault(['spaces', index, 'neighbours', repeated.index], 'a neighbour listed once');
    space.neighbours.forEach((neighbour, position) => {
      const at = ['spaces', index, 'neighbours', position];
      if (neighbour === space.id) throw new Fault(at, `a space other than ${space.id} itself`);
      if (!inPlay.has(neighbour)) throw new Fault(at, notInPlay(neighbour));
    });
  });
  // The fault of a one-way border lies with the space that forgot its side of it.
  for (const space of file.spaces) {
    for (const neighbour of space.neighbours) {
      const other = inPlay.get(neighbour);
      if (other && !other.neighbours.includes(space.id)) {
        throw new Fault(['spaces', file.spaces.indexOf(other), 'neighbours'], `a symmetric neighbour: ${space.id} lists ${other.id} but ${other.id} does not list ${space.id}`);
      }
    }
  }
}

function checkPowers(file: ScenarioFile, inPlay: ReadonlySet<string>): void {
  for (const power of POWERS) {
    const setup = file.powers[power];
    const repeated = firstDuplicate(setup.homeNeighbours);
    if (repeated) throw new Fault(['powers', power, 'homeNeighbours', repeated.index], 'a space listed once');
    setup.homeNeighbours.forEach((space, index) => {
      if (!inPlay.has(space)) throw new Fault(['powers', power, 'homeNeighbours', index], notInPlay(space));
    });
    if (setup.startPool > file.options.maxPool) {
      throw new Fault(['powers', power, 'startPool'], `a whole number from 0 to ${file.options.maxPool} (the pool limit, options.maxPool)`);
    }
  }
}

function checkStart(file: ScenarioFile, inPlay: ReadonlySet<string>): void {
  for (const space of Object.keys(file.startInfluence)) {
    if (!inPlay.has(space)) throw new Fault(['startInfluence', space], notInPlay(space));
  }
  for (const space of Object.keys(file.startInvestment)) {
    if (!inPlay.has(space)) throw new Fault(['startInvestment', space], notInPlay(space));
  }
  const { callThreshold, overstretchMax } = file.options;
  // The regime starts standing (R6.3), so unrest must start below the call.
  if (file.startUnrest >= callThreshold) {
    throw new Fault(['startUnrest'], `a whole number from 0 to ${callThreshold - 1} (below options.callThreshold)`);
  }
  if (file.startOverstretch > overstretchMax) {
    throw new Fault(['startOverstretch'], `a whole number from 0 to ${overstretchMax} (options.overstretchMax)`);
  }
  if (file.options.overstretchSafe > overstretchMax) {
    throw new Fault(['options', 'overstretchSafe'], `a whole number from 0 to ${overstretchMax} (options.overstretchMax)`);
  }
  const repeated = firstDuplicate(file.firstOrder);
  if (repeated) {
    const power = file.firstOrder[repeated.index] ?? '';
    throw new Fault(['firstOrder'], `each of ${listPhrase(POWERS)} once (${power} is listed twice)`);
  }
}

function checkRounds(file: ScenarioFile, catalogue: Catalogue, inPlay: ReadonlySet<string>): ScheduledEventDef[] {
  const events = new Map(catalogue.events.map((event) => [event.id, event]));
  const scheduled: ScheduledEventDef[] = [];
  const scheduledAt = new Map<string, string>();
  file.rounds.forEach((round, index) => {
    const previous = file.rounds[index - 1];
    if (previous && round.date <= previous.date) {
      throw new Fault(['rounds', index, 'date'], `a date after the previous round's (${previous.date})`);
    }
    round.events.forEach((id, position) => {
      const at = ['rounds', index, 'events', position];
      const event = events.get(id);
      if (!event) throw new Fault(at, 'a scheduled event id from cards.json');
      const earlier = scheduledAt.get(id);
      if (earlier) throw new Fault(at, `an event scheduled once (${id} is also ${earlier})`);
      scheduledAt.set(id, formatPath(at));
      const outside = spacesUsed(event.effects).find((space) => !inPlay.has(space));
      if (outside) throw new Fault(at, `an event whose spaces are all in this scenario (${id} uses ${outside})`);
      scheduled.push(event);
    });
  });
  const lastIndex = file.rounds.length - 1;
  const last = file.rounds[lastIndex];
  if (last && !last.scoring) throw new Fault(['rounds', lastIndex, 'scoring'], 'true (the last round ends with a scoring)');
  return scheduled;
}

function checkDeck(file: ScenarioFile, catalogue: Catalogue, inPlay: ReadonlySet<string>): CardDef[] {
  const cards = new Map(catalogue.cards.map((card) => [card.id, card]));
  const deck: CardDef[] = [];
  const seen = new Map<string, number>();
  file.deck.forEach((id, index) => {
    const card = cards.get(id);
    if (!card) throw new Fault(['deck', index], 'a card id from cards.json');
    const firstIndex = seen.get(id);
    if (firstIndex !== undefined) throw new Fault(['deck', index], `a card listed once (${id} is also deck[${firstIndex}])`);
    seen.set(id, index);
    // A card that names a space the scenario leaves out is a data error, never silently dropped.
    const outside = spacesUsed(card.effects, card.targets ?? [], card.requires).find((space) => !inPlay.has(space));
    if (outside) throw new Fault(['deck', index], `a card whose spaces are all in this scenario (${id} uses ${outside})`);
    deck.push(card);
  });
  const { handSize, turnsPerRound } = file.options;
  const needed = handSize * POWERS.length + turnsPerRound * POWERS.length;
  if (file.deck.length < needed) {
    throw new Fault(['deck'], `at least ${needed} cards (hand size ${handSize} × 3 + turns per round ${turnsPerRound} × 3)`);
  }
  return deck;
}

function checkAgendas(file: ScenarioFile, catalogue: Catalogue, inPlay: ReadonlySet<string>): AgendaDef[] {
  const known = new Map(catalogue.agendas.map((agenda) => [agenda.id, agenda]));
  const agendas: AgendaDef[] = [];
  const seen = new Map<string, number>();
  file.agendas.forEach((id, index) => {
    const agenda = known.get(id);
    if (!agenda) throw new Fault(['agendas', index], 'an agenda id from cards.json');
    const firstIndex = seen.get(id);
    if (firstIndex !== undefined) throw new Fault(['agendas', index], `an agenda listed once (${id} is also agendas[${firstIndex}])`);
    seen.set(id, index);
    const outside = goalSpaces(agenda.goal).find((space) => !inPlay.has(space));
    if (outside) throw new Fault(['agendas', index], `an agenda whose spaces are all in this scenario (${id} uses ${outside})`);
    agendas.push(agenda);
  });
  // Agendas are dealt one per power (R2.1), so a pool that misses a power cannot be dealt.
  if (file.options.agendas || agendas.length > 0) {
    const without = POWERS.find((power) => !agendas.some((agenda) => agenda.power === power));
    if (without) throw new Fault(['agendas'], `at least one agenda for each power (none for ${without})`);
  }
  return agendas;
}

/** R7.5: phases open in increasing rounds within the scenario, the first in round 1, each id once. */
function checkPhases(file: ScenarioFile): ScenarioFile['phases'] {
  file.phases.forEach((phase, index) => {
    const previous = file.phases[index - 1];
    if (index === 0 && phase.round !== 1) throw new Fault(['phases', 0, 'round'], '1 (the first phase opens in round 1)');
    if (previous && phase.round <= previous.round) throw new Fault(['phases', index, 'round'], `a round after the previous phase's (${previous.round})`);
    if (phase.round > file.rounds.length) throw new Fault(['phases', index, 'round'], `a round of this scenario (1 to ${file.rounds.length})`);
    if (file.phases.findIndex((p) => p.id === phase.id) !== index) throw new Fault(['phases', index, 'id'], 'a phase listed once');
  });
  return file.phases;
}

/** Parse a scenario file and check it against itself and the catalogue. */
export function parseScenario(fileName: string, json: unknown, catalogue: Catalogue): ScenarioResult {
  const parsed = parseWith(scenarioFileSchema, json);
  if (!parsed.ok) return { ok: false, error: errorOf(fileName, parsed.fault.path, parsed.fault.expected) };
  const file = parsed.value;
  try {
    checkSpaces(file);
    const inPlay: ReadonlySet<string> = new Set(file.spaces.map((space) => space.id));
    checkPowers(file, inPlay);
    checkStart(file, inPlay);
    const scheduledEvents = checkRounds(file, catalogue, inPlay);
    const cards = checkDeck(file, catalogue, inPlay);
    const agendas = checkAgendas(file, catalogue, inPlay);
    const scenario: Scenario = {
      id: file.id,
      spaces: file.spaces,
      powers: file.powers,
      startInfluence: file.startInfluence,
      startInvestment: file.startInvestment,
      startUnrest: file.startUnrest,
      startOverstretch: file.startOverstretch,
      startOtsReadiness: file.startOtsReadiness,
      startCapital: file.startCapital,
      cstoWilling: file.cstoWilling,
      firstOrder: file.firstOrder,
      rounds: file.rounds,
      scheduledEvents,
      deck: file.deck,
      phases: checkPhases(file),
      cards,
      agendas,
      options: file.options,
    };
    return { ok: true, scenario: deepFreeze(scenario) };
  } catch (thrown) {
    if (thrown instanceof Fault) return { ok: false, error: errorOf(fileName, thrown.path, thrown.expected) };
    throw thrown;
  }
}

/** Fixed facts are shared by every game of a scenario; freezing makes an accidental write throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
