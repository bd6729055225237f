// The shape of the two data files a game is built from: the card catalogue (scenarios/cards.json)
// and a scenario (scenarios/<id>.json). Every schema carries the phrase a player reads when a file
// breaks it ("a whole number from 1 to 4"), so the loader can report a fault in the project's own
// words instead of zod's. The same schemas export the JSON Schema files editors use.
import { z } from 'zod';
import { BLOCS, PHASES, POWERS, REGIME_STATES, SPACE_IDS } from './types.js';
import type { AgendaDef, CardDef, Condition, Effect, ScheduledEventDef, SpaceDef } from './types.js';

// ---------------------------------------------------------------------------------------------
// Phrases

/**
 * An error map that answers with `phrase` for every fault of the schema it is attached to, except a
 * missing value: that one falls through to the loader, which names the missing field instead.
 */
function expecting(phrase: string | ((issue: z.core.$ZodRawIssue) => string | undefined)): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.input === undefined) return undefined;
    return typeof phrase === 'string' ? phrase : phrase(issue);
  };
}

export function listPhrase(values: readonly string[]): string {
  return values.join(', ');
}

const SPACE_ID_PHRASE = `a known space id (${listPhrase(SPACE_IDS)})`;
const POWER_PHRASE = `one of: ${listPhrase(POWERS)}`;

// ---------------------------------------------------------------------------------------------
// Building blocks

function wholeNumber(min: number, max: number) {
  return z
    .int({ error: expecting(`a whole number from ${min} to ${max}`) })
    .min(min)
    .max(max);
}

/** An effect's amount: zero would be an event that changes nothing, which the design forbids. */
function amount(min: number, max: number) {
  const phrase = min < 0 ? `a whole number from ${min} to ${max}, not 0` : `a whole number from ${min} to ${max}`;
  return z
    .int({ error: expecting(phrase) })
    .min(min)
    .max(max)
    .refine((value) => value !== 0);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, phrase = `one of: ${listPhrase(values)}`) {
  return z.enum(values, { error: expecting(phrase) });
}

function list<T extends z.ZodType>(item: T, what: string, min = 0) {
  const phrase = min > 1 ? `a list of at least ${min} ${what}` : min === 1 ? `a non-empty list of ${what}` : `a list of ${what}`;
  return z.array(item, { error: expecting(phrase) }).min(min);
}

/**
 * A strict object whose unknown keys are named with the keys that are allowed, so a typo
 * ("stabilty") points straight at the right spelling.
 */
function strictObject<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  const known = listPhrase(Object.keys(shape));
  return z.strictObject(shape, {
    error: expecting((issue) => (issue.code === 'unrecognized_keys' ? `a known key (${known})` : what)),
  });
}

const bool = z.boolean({ error: expecting('true or false') });
const text = z.string({ error: expecting('a non-empty text') }).min(1);

const CARD_ID_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const SCENARIO_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const snakeId = z.string({ error: expecting('a snake_case id (lower-case letters, digits and _)') }).regex(CARD_ID_PATTERN);
const kebabId = z.string({ error: expecting('a kebab-case id (lower-case letters, digits and -)') }).regex(SCENARIO_ID_PATTERN);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DAY_OR_RANGE = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

function isCalendarDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/** A range must run forwards: ISO days compare correctly as strings. */
function isDayOrRange(value: string): boolean {
  const [from, to] = value.split('/');
  if (from === undefined || !isCalendarDay(from)) return false;
  if (to === undefined) return true;
  return isCalendarDay(to) && from < to;
}

export const isoDaySchema = z
  .string({ error: expecting('an ISO date like 2022-01-06') })
  .regex(ISO_DAY)
  .refine(isCalendarDay);

export const isoDayOrRangeSchema = z
  .string({ error: expecting('an ISO date like 2022-01-06 or a range like 2022-01-08/2022-01-10') })
  .regex(ISO_DAY_OR_RANGE)
  .refine(isDayOrRange);

export const spaceIdSchema = oneOf(SPACE_IDS, SPACE_ID_PHRASE).meta({ id: 'SpaceId' });
export const powerSchema = oneOf(POWERS, POWER_PHRASE);
const nullablePower = oneOf(POWERS, `${POWER_PHRASE}, or null`).nullable();
const blocSchema = oneOf(BLOCS);
const powerRefSchema = oneOf([...POWERS, 'self', 'rivals', 'all']);
const spaceRefSchema = oneOf([...SPACE_IDS, 'target'], `a known space id or "target" (${listPhrase(SPACE_IDS)})`);

// ---------------------------------------------------------------------------------------------
// Conditions and effects (R7.3)

const conditionOptions = [
  strictObject({ kind: z.literal('unrestAtLeast'), value: wholeNumber(0, 10) }, 'a condition'),
  strictObject({ kind: z.literal('unrestAtMost'), value: wholeNumber(0, 10) }, 'a condition'),
  strictObject({ kind: z.literal('regimeIs'), value: oneOf(REGIME_STATES) }, 'a condition'),
  strictObject({ kind: z.literal('rescuedBy'), power: powerRefSchema }, 'a condition'),
  strictObject({ kind: z.literal('controls'), power: powerRefSchema, space: spaceRefSchema }, 'a condition'),
  strictObject({ kind: z.literal('hasInfluence'), power: powerRefSchema, space: spaceRefSchema }, 'a condition'),
  strictObject({ kind: z.literal('overstretchAtLeast'), value: wholeNumber(0, 10) }, 'a condition'),
  strictObject({ kind: z.literal('otsReadyAtLeast'), value: wholeNumber(0, 5) }, 'a condition'),
  strictObject({ kind: z.literal('capitalListensTo'), power: nullablePower }, 'a condition'),
] as const;

/** Only a value that is not an object is named here; an unknown "kind" or "op" lists the options. */
function notAnObject(phrase: string): z.core.$ZodErrorMap {
  return expecting((issue) => (issue.code === 'invalid_type' ? phrase : undefined));
}

export const conditionSchema: z.ZodType<Condition> = z
  .discriminatedUnion('kind', [...conditionOptions], { error: notAnObject('a condition (an object with a "kind")') })
  .meta({ id: 'Condition' });

const controlsAllSchema = strictObject({ kind: z.literal('controlsAll'), spaces: list(spaceIdSchema, 'space ids', 1) }, 'a goal');

export const agendaGoalSchema: z.ZodType<AgendaDef['goal']> = z
  .discriminatedUnion('kind', [...conditionOptions, controlsAllSchema], {
    error: notAnObject('a goal (an object with a "kind")'),
  })
  .meta({ id: 'AgendaGoal' });

const rollRowSchema = strictObject(
  {
    min: wholeNumber(1, 6),
    max: wholeNumber(1, 6),
    effects: list(
      z.lazy(() => effectSchema),
      'effects',
    ),
  },
  'a roll row',
);

export const effectSchema: z.ZodType<Effect> = z
  .lazy(() =>
    z.discriminatedUnion(
      'op',
      [
        strictObject({ op: z.literal('influence'), power: powerRefSchema, space: spaceRefSchema, amount: amount(-4, 4) }, 'an effect'),
        strictObject({ op: z.literal('investment'), space: spaceRefSchema, amount: amount(1, 3) }, 'an effect'),
        strictObject({ op: z.literal('unrest'), amount: amount(-4, 4) }, 'an effect'),
        strictObject({ op: z.literal('overstretch'), amount: amount(-3, 3) }, 'an effect'),
        strictObject({ op: z.literal('otsReadiness'), amount: amount(-3, 3) }, 'an effect'),
        strictObject({ op: z.literal('vp'), power: powerRefSchema, amount: amount(-5, 5) }, 'an effect'),
        strictObject({ op: z.literal('ip'), power: powerRefSchema, amount: amount(-3, 3) }, 'an effect'),
        strictObject({ op: z.literal('tempo'), power: powerRefSchema, amount: amount(-2, 2) }, 'an effect'),
        strictObject({ op: z.literal('capital'), listensTo: nullablePower }, 'an effect'),
        strictObject({ op: z.literal('cstoWilling'), value: bool }, 'an effect'),
        strictObject({ op: z.literal('stability'), space: spaceRefSchema, amount: amount(-2, 2) }, 'an effect'),
        strictObject({ op: z.literal('draw'), power: powerRefSchema, amount: amount(1, 3) }, 'an effect'),
        strictObject(
          {
            op: z.literal('if'),
            cond: conditionSchema,
            then: list(effectSchema, 'effects', 1),
            else: list(effectSchema, 'effects', 1).optional(),
          },
          'an effect',
        ),
        strictObject({ op: z.literal('roll'), rows: list(rollRowSchema, 'roll rows', 1) }, 'an effect'),
      ],
      { error: notAnObject('an effect (an object with an "op")') },
    ),
  )
  .meta({ id: 'Effect' });

// ---------------------------------------------------------------------------------------------
// The card catalogue: scenarios/cards.json

export const cardDefSchema: z.ZodType<CardDef> = strictObject(
  {
    id: snakeId,
    ops: wholeNumber(1, 4),
    side: oneOf([...POWERS, 'any']),
    targets: list(spaceIdSchema, 'space ids', 1).optional(),
    requires: conditionSchema.optional(),
    effects: list(effectSchema, 'effects', 1),
    removeAfterEvent: bool,
    date: isoDayOrRangeSchema,
    source: text,
  },
  'a card',
).meta({ id: 'Card' });

export const scheduledEventDefSchema: z.ZodType<ScheduledEventDef> = strictObject(
  {
    id: snakeId,
    date: isoDayOrRangeSchema,
    source: text,
    effects: list(effectSchema, 'effects', 1),
  },
  'a scheduled event',
).meta({ id: 'ScheduledEvent' });

export const agendaDefSchema: z.ZodType<AgendaDef> = strictObject(
  {
    id: snakeId,
    power: powerSchema,
    vp: wholeNumber(1, 20),
    goal: agendaGoalSchema,
  },
  'an agenda',
).meta({ id: 'Agenda' });

export const catalogueFileSchema = strictObject(
  {
    $schema: z.string({ error: expecting('a text (the path of cards.schema.json)') }).optional(),
    cards: list(cardDefSchema, 'cards', 1),
    events: list(scheduledEventDefSchema, 'scheduled events'),
    agendas: list(agendaDefSchema, 'agendas'),
  },
  'a card catalogue object',
);
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;

// ---------------------------------------------------------------------------------------------
// A scenario: scenarios/<id>.json

export const spaceDefSchema: z.ZodType<SpaceDef> = strictObject(
  {
    id: spaceIdSchema,
    stability: wholeNumber(1, 4),
    value: wholeNumber(0, 10),
    blocs: list(blocSchema, 'blocs'),
    turkic: bool,
    nearXinjiang: bool,
    neighbours: list(spaceIdSchema, 'space ids'),
  },
  'a space',
).meta({ id: 'Space' });

const powerSetupSchema = strictObject(
  {
    baseIncome: wholeNumber(0, 6),
    // Optional in files: most powers have no money beyond the scenario's boost limit (R5.2).
    extraBoost: wholeNumber(0, 6).default(0),
    startPool: wholeNumber(0, 20),
    homeNeighbours: list(spaceIdSchema, 'space ids', 1),
  },
  'a power setup',
).meta({ id: 'PowerSetup' });

const influenceAmount = wholeNumber(0, 10);

const roundDefSchema = strictObject(
  {
    date: isoDaySchema,
    events: list(snakeId, 'scheduled event ids'),
    scoring: bool,
  },
  'a round',
).meta({ id: 'Round' });

const LATE_START_PHRASE = 'a list of three whole numbers: the VP of the first, second and third power in round 1’s order';

const optionsSchema = strictObject(
  {
    turnsPerRound: wholeNumber(1, 5),
    handSize: wholeNumber(1, 10),
    maxBoost: wholeNumber(0, 6),
    maxPool: wholeNumber(1, 20),
    callThreshold: wholeNumber(1, 10),
    suddenDeathLead: wholeNumber(1, 100),
    otsReadyAt: wholeNumber(1, 5),
    overstretchSafe: wholeNumber(0, 10),
    overstretchMax: wholeNumber(1, 10),
    councilMeetsOnCallFrom: wholeNumber(1, 20).nullable(),
    aidReadinessUpTo: wholeNumber(1, 5).nullable().default(null),
    lateStartVp: z
      .array(wholeNumber(0, 10), { error: expecting(LATE_START_PHRASE) })
      .length(POWERS.length, { error: expecting(LATE_START_PHRASE) })
      .default([0, 2, 1]),
    agendas: bool,
  },
  'the options object',
);

export const scenarioFileSchema = strictObject(
  {
    $schema: z.string({ error: expecting('a text (the path of scenario.schema.json)') }).optional(),
    id: kebabId,
    spaces: list(spaceDefSchema, 'spaces', 1),
    powers: strictObject({ russia: powerSetupSchema, turkey: powerSetupSchema, china: powerSetupSchema }, 'an object with russia, turkey and china'),
    startInfluence: z.partialRecord(
      spaceIdSchema,
      strictObject({ russia: influenceAmount.optional(), turkey: influenceAmount.optional(), china: influenceAmount.optional() }, 'an object of influence by power'),
      { error: expecting((issue) => (issue.code === 'unrecognized_keys' ? SPACE_ID_PHRASE : 'an object keyed by space id')) },
    ),
    startInvestment: z.partialRecord(spaceIdSchema, influenceAmount, {
      error: expecting((issue) => (issue.code === 'unrecognized_keys' ? SPACE_ID_PHRASE : 'an object keyed by space id')),
    }),
    startUnrest: wholeNumber(0, 10),
    startOverstretch: wholeNumber(0, 10),
    startOtsReadiness: wholeNumber(0, 5),
    startCapital: nullablePower,
    cstoWilling: bool,
    firstOrder: z.array(powerSchema, { error: expecting(`a list of the three powers in order (${listPhrase(POWERS)})`) }).length(POWERS.length),
    rounds: list(roundDefSchema, 'rounds', 1),
    deck: list(snakeId, 'card ids', 1),
    phases: list(strictObject({ id: oneOf(PHASES), round: wholeNumber(1, 20) }, 'a phase ({ "id": …, "round": … })'), 'phases').default([]),
    agendas: list(snakeId, 'agenda ids'),
    options: optionsSchema,
  },
  'a scenario object',
);
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

// ---------------------------------------------------------------------------------------------
// JSON Schema export (npm run schema); a test checks the files on disk match it

export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { target: 'draft-2020-12' });
}

export function catalogueJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(catalogueFileSchema, { target: 'draft-2020-12' });
}
