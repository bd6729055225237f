// summary.json read back by --merge: the run facts a merge needs, checked by a zod schema, since the
// file may come from another program, another version or a half-written disk. A bad file gives one
// message naming the file, the field (as a path such as `bots.turkey` or `cards[3].card`) and
// what the field should hold; the figures are not read, because the merge recomputes them.
import { z } from 'zod';
import { BOT_NAMES } from '../ai/bot.js';
import { t } from '../i18n/catalogue.js';
import { POWERS } from '../rules/index.js';
import type { RunMeta } from './aggregate.js';
import { LIMITS } from './args.js';

export type MetaResult = { readonly ok: true; readonly meta: RunMeta } | { readonly ok: false; readonly message: string };

/** A schema whose every fault (wrong type, missing, out of range) reads as `phrase`. */
function phrased(phrase: () => string): { readonly error: () => string } {
  return { error: phrase };
}

const text = z.string(phrased(() => t('sim.summary.expect.text')));
const flag = z.boolean(phrased(() => t('sim.summary.expect.flag')));
function whole(min: number, max: number) {
  return z
    .int(phrased(() => t('sim.summary.expect.wholeNumber', { min, max })))
    .min(min)
    .max(max);
}
/** z.int() stops at the largest safe integer itself. */
function atLeast(min: number) {
  return z.int(phrased(() => t('sim.summary.expect.atLeast', { min }))).min(min);
}
const bot = z.enum(
  BOT_NAMES,
  phrased(() => t('sim.summary.expect.oneOf', { values: BOT_NAMES.join(', ') })),
);
const orderPhrase = phrased(() => t('sim.summary.expect.firstOrder', { values: POWERS.join(', ') }));

const SUMMARY = z.object(
  {
    scenario: text,
    scenarioSource: text,
    scenarioHash: text,
    scenarioRounds: atLeast(1),
    seed: whole(...LIMITS.seed),
    bots: z.object(
      { russia: bot, turkey: bot, china: bot },
      phrased(() => t('sim.summary.expect.bots')),
    ),
    rotateSeats: flag,
    rotateOrder: flag,
    firstOrder: z
      .array(z.enum(POWERS, orderPhrase), orderPhrase)
      .length(POWERS.length, orderPhrase)
      .refine((order) => new Set(order).size === POWERS.length, orderPhrase),
    agendas: flag,
    cards: z.array(
      z.object(
        { card: text },
        phrased(() => t('sim.summary.expect.card')),
      ),
      phrased(() => t('sim.summary.expect.cards')),
    ),
    gamesPlanned: atLeast(0),
    complete: flag,
  },
  phrased(() => t('sim.summary.expect.summary')),
);

/** A zod path as the JSON path a person reads: `bots.turkey`, `cards[3].card`, `(root)`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** The run facts of a parsed summary.json `file`, or the message for its first bad field. */
export function metaFromSummary(json: unknown, file: string): MetaResult {
  const parsed = SUMMARY.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: t('sim.summary.badField', { file, field: jsonPath(issue?.path ?? []), expected: issue?.message ?? t('sim.summary.expect.summary') }) };
  }
  const s = parsed.data;
  return {
    ok: true,
    meta: {
      scenario: s.scenario,
      scenarioSource: s.scenarioSource,
      scenarioHash: s.scenarioHash,
      scenarioRounds: s.scenarioRounds,
      seed: s.seed,
      bots: s.bots,
      rotateSeats: s.rotateSeats,
      rotateOrder: s.rotateOrder,
      firstOrder: s.firstOrder,
      agendas: s.agendas,
      cards: s.cards.map((c) => c.card),
      gamesPlanned: s.gamesPlanned,
      complete: s.complete,
    },
  };
}
