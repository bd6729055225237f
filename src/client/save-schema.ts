// The shape of a save (an exported file or the game kept in the browser's storage), and what to
// tell a person when a text does not have it. Every part of the schema names, as a catalogue key
// (`ui.save.expect.<key>`), what it expects, so a refusal says which field was wrong and what
// should have been there ("steps.3.move should be a move of this game").
import { z } from 'zod';
import { t } from '../i18n/catalogue.js';
import { parseMove } from '../game/index.js';
import { POWERS, type Move } from '../game/index.js';
import { SEAT_KINDS } from './types.js';

export const SAVE_FORMAT = 'qantar-save';
/** The version of the file layout (not of the rules: that is `rulesVersion`). */
export const SAVE_FILE_VERSION = 1;

/** What a field should have been, as the last part of a catalogue key `ui.save.expect.<key>`. */
export const SAVE_EXPECTATIONS = [
  'save',
  'format',
  'fileVersion',
  'rulesVersion',
  'config',
  'scenario',
  'seed',
  'agendas',
  'seats',
  'seat',
  'steps',
  'step',
  'move',
  'explanation',
] as const;
export type SaveExpectation = (typeof SAVE_EXPECTATIONS)[number];

/** Why a text is not a save: codes and the field's path, put into words by `saveProblemText`. */
export type SaveProblem =
  { readonly code: 'json' } | { readonly code: 'missing'; readonly field: string } | { readonly code: 'field'; readonly field: string; readonly expected: SaveExpectation };

const MISSING = 'missing';

/** Zod's message for a part of the schema: "missing" when there is no value, else its expectation. */
function expecting(expected: SaveExpectation): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? MISSING : expected) };
}

const wholeNumber = (expected: SaveExpectation) => z.int(expecting(expected)).min(0, expecting(expected));

/** The fields that say what a text is and under which rules it was written; read before the rest. */
export const saveEnvelopeSchema = z.object(
  {
    format: z.literal(SAVE_FORMAT, expecting('format')),
    version: z.literal(SAVE_FILE_VERSION, expecting('fileVersion')),
    // Saves written before editions were recorded have none: their edition is unknown (null).
    rulesVersion: wholeNumber('rulesVersion').nullable().optional(),
  },
  expecting('save'),
);

const moveSchema = z.custom<Move>((value) => parseMove(value) !== null, expecting('move'));

const messageSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
/** A bot's reason as codes; first-edition saves kept an English sentence instead, which is dropped (words are made on screen). */
const explanationSchema = z.union(
  [messageSchema.extend({ move: messageSchema, effects: z.array(messageSchema) }), z.string().transform(() => undefined)],
  expecting('explanation'),
);

/** A whole save; `knownScenario` says which scenario ids this game can play. */
export function saveSchema(knownScenario: (id: string) => boolean) {
  const seat = z.enum(SEAT_KINDS, expecting('seat'));
  return saveEnvelopeSchema.extend({
    config: z.object(
      {
        scenarioId: z.string(expecting('scenario')).refine(knownScenario, expecting('scenario')),
        seed: wholeNumber('seed'),
        agendas: z.boolean(expecting('agendas')),
        seats: z.record(z.enum(POWERS), seat, expecting('seats')),
      },
      expecting('config'),
    ),
    steps: z.array(z.object({ move: moveSchema, explanation: explanationSchema.optional() }, expecting('step')), expecting('steps')),
  });
}

/** The first thing wrong in `error`, as a problem with the path of the field. */
export function problemOf(error: z.ZodError): SaveProblem {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '';
  const message = issue?.message ?? 'save';
  if (message === MISSING) return { code: 'missing', field };
  const expected = (SAVE_EXPECTATIONS as readonly string[]).includes(message) ? (message as SaveExpectation) : 'save';
  return { code: 'field', field, expected };
}

/** The problem in words, for the player: "config.seed should be a whole number (0 or more)". */
export function saveProblemText(problem: SaveProblem): string {
  if (problem.code === 'json') return t('ui.save.problem.json');
  if (problem.code === 'missing') return t('ui.save.problem.missing', { field: problem.field });
  const expected = t(`ui.save.expect.${problem.expected}`);
  return problem.field === '' ? t('ui.save.problem.wholeText', { expected }) : t('ui.save.problem.field', { field: problem.field, expected });
}
