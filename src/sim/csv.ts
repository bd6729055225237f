// games.csv: one row per game, enough to rebuild the whole summary (with summary.json's run facts)
// and to replay any game from its row. RFC 4180 quoting; reading a file gives a value, not a throw:
// every row is checked by a zod schema, because --merge reads files other programs may have written.
import { z } from 'zod';
import { BOT_NAMES } from '../ai/bot.js';
import { t } from '../i18n/catalogue.js';
import { OPERATIONS, POWERS, REGIME_STATES, type ByPower, type Operation } from '../rules/index.js';
import { noOps, noUnrest, type CardPlay, type GameRecord, type UnrestTally, type VpTally } from './record.js';

export const CSV_COLUMNS = [
  'index',
  'seed',
  'botSeed',
  'bot_russia',
  'bot_turkey',
  'bot_china',
  'orderShift',
  'winner',
  'reason',
  'rounds',
  'moves',
  'vp_russia',
  'vp_turkey',
  'vp_china',
  'regime',
  'rescuedBy',
  'calledInRound',
  'first_russia',
  'first_turkey',
  'first_china',
  'plays',
  'capital',
  'midVp_russia',
  'midVp_turkey',
  'midVp_china',
  'ops_russia',
  'ops_turkey',
  'ops_china',
  'unrestUp',
  'unrestDown',
  'vpTally',
  'rivalEvents',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** A field quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows of a CSV text, each a list of unquoted fields; null on an unterminated quote. */
export function parseCsv(text: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (quoted) return null;
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "card:mode:power" joined by "|", in the order of play. */
export function encodePlays(plays: readonly CardPlay[]): string {
  return plays.map((p) => `${p.card}:${p.mode}:${p.power}`).join('|');
}

/** "key:count" for every non-zero count, joined by "|", in the tally's own key order. */
export function encodeCounts(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => n !== 0)
    .map(([key, n]) => `${key}:${n}`)
    .join('|');
}

/** "power:reason:detail:amount" joined by "|" (detail may be empty), in the record's order. */
export function encodeVpTally(tally: readonly VpTally[]): string {
  return tally.map((v) => `${v.power}:${v.reason}:${v.detail}:${v.amount}`).join('|');
}

function recordRow(r: GameRecord): string[] {
  const cells: Record<Column, string> = {
    index: String(r.index),
    seed: String(r.seed),
    botSeed: String(r.botSeed),
    bot_russia: r.bots.russia,
    bot_turkey: r.bots.turkey,
    bot_china: r.bots.china,
    orderShift: String(r.orderShift),
    winner: r.winner ?? 'draw',
    reason: r.reason,
    rounds: String(r.rounds),
    moves: String(r.moves),
    vp_russia: String(r.vp.russia),
    vp_turkey: String(r.vp.turkey),
    vp_china: String(r.vp.china),
    regime: r.regime,
    rescuedBy: r.rescuedBy ?? '',
    calledInRound: String(r.calledInRound),
    first_russia: r.firstMoves.russia,
    first_turkey: r.firstMoves.turkey,
    first_china: r.firstMoves.china,
    plays: encodePlays(r.plays),
    capital: r.capital ?? '',
    midVp_russia: r.midVp ? String(r.midVp.russia) : '',
    midVp_turkey: r.midVp ? String(r.midVp.turkey) : '',
    midVp_china: r.midVp ? String(r.midVp.china) : '',
    ops_russia: encodeCounts(r.ops.russia),
    ops_turkey: encodeCounts(r.ops.turkey),
    ops_china: encodeCounts(r.ops.china),
    unrestUp: encodeCounts(r.unrestUp),
    unrestDown: encodeCounts(r.unrestDown),
    vpTally: encodeVpTally(r.vpTally),
    rivalEvents: String(r.rivalEvents),
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

/** games.csv's text: a header line, then one line per game sorted by index; LF line ends. */
export function recordsToCsv(records: readonly GameRecord[]): string {
  const sorted = [...records].sort((a, b) => a.index - b.index);
  const lines = [CSV_COLUMNS.join(','), ...sorted.map((r) => recordRow(r).map(csvField).join(','))];
  return `${lines.join('\n')}\n`;
}

export type CsvResult = { readonly ok: true; readonly records: GameRecord[] } | { readonly ok: false; readonly message: string };

/**
 * Far beyond any game's score (RULES R9 gives a few dozen points); a row beyond it was not written by
 * the runner, and the summary holds one histogram entry per point between the lowest and highest.
 */
export const VP_LIMIT = 10_000;

// The cells of a row, each a text, checked and turned into a record's fields. One schema per column,
// so the first issue's path names the column at fault.
const count = z.string().regex(/^\d+$/).transform(Number).pipe(z.int());
const points = z
  .string()
  .regex(/^-?\d+$/)
  .transform(Number)
  .pipe(z.int().min(-VP_LIMIT).max(VP_LIMIT));
const bot = z.enum(BOT_NAMES);
const play = z
  .string()
  .transform((item) => item.split(':'))
  .pipe(z.tuple([z.string().min(1), z.enum(['ops', 'event']), z.enum(POWERS)]))
  .transform(([card, mode, power]): CardPlay => ({ card, mode, power }));

/** "key:count|…" with keys from `keys` only, each at most once; absent keys are 0. */
function counts<K extends string>(keys: readonly K[], empty: () => Record<K, number>) {
  return z
    .string()
    .transform((text) => (text === '' ? [] : text.split('|').map((item) => item.split(':'))))
    .pipe(z.array(z.tuple([z.enum(keys as unknown as [K, ...K[]]), z.string().regex(/^\d+$/).transform(Number).pipe(z.int())])))
    .transform((items) => {
      const out = empty();
      for (const [key, n] of items) out[key] = n;
      return out;
    });
}
const opsCounts = counts<Operation>(OPERATIONS, () => noOps().russia);
const unrestCounts = counts<keyof UnrestTally>(Object.keys(noUnrest()) as (keyof UnrestTally)[], noUnrest);
/** VP after the middle scoring; empty when the game ended before it. */
const midPoints = z.union([z.literal('').transform(() => null), points]);
const tallyItem = z
  .string()
  .transform((item) => item.split(':'))
  .pipe(
    z.tuple([
      z.enum(POWERS),
      z.string().regex(/^[A-Za-z]\w*$/),
      z.string(),
      z
        .string()
        .regex(/^-?[1-9]\d*$/)
        .transform(Number)
        .pipe(z.int().min(-VP_LIMIT).max(VP_LIMIT)),
    ]),
  )
  .transform(([power, reason, detail, amount]): VpTally => ({ power, reason, detail, amount }));

const ROW = z
  .object({
    index: count,
    seed: count,
    botSeed: count,
    bot_russia: bot,
    bot_turkey: bot,
    bot_china: bot,
    orderShift: z.enum(['0', '1', '2']).transform(Number),
    winner: z.enum([...POWERS, 'draw']).transform((v) => (v === 'draw' ? null : v)),
    reason: z.enum(['lastRound', 'suddenDeath']),
    rounds: count,
    moves: count,
    vp_russia: points,
    vp_turkey: points,
    vp_china: points,
    regime: z.enum(REGIME_STATES),
    rescuedBy: z.enum([...POWERS, '']).transform((v) => (v === '' ? null : v)),
    calledInRound: count,
    first_russia: z.string(),
    first_turkey: z.string(),
    first_china: z.string(),
    plays: z
      .string()
      .transform((text) => (text === '' ? [] : text.split('|')))
      .pipe(z.array(play)),
    capital: z.enum([...POWERS, '']).transform((v) => (v === '' ? null : v)),
    midVp_russia: midPoints,
    midVp_turkey: midPoints,
    midVp_china: midPoints,
    ops_russia: opsCounts,
    ops_turkey: opsCounts,
    ops_china: opsCounts,
    unrestUp: unrestCounts,
    unrestDown: unrestCounts,
    vpTally: z
      .string()
      .transform((text) => (text === '' ? [] : text.split('|')))
      .pipe(z.array(tallyItem)),
    rivalEvents: count,
  } satisfies Record<Column, z.ZodType<unknown, string>>)
  .superRefine((c, ctx) => {
    // The middle scoring's VP come as all three cells or none.
    const cells = [c.midVp_russia, c.midVp_turkey, c.midVp_china];
    if (cells.every((v) => v === null) || cells.every((v) => v !== null)) return;
    const missing = POWERS.findIndex((_, k) => cells[k] === null);
    ctx.addIssue({ code: 'custom', path: [`midVp_${POWERS[missing] ?? 'russia'}`], message: 'all three or none' });
  })
  .transform((c): GameRecord => ({
    index: c.index,
    seed: c.seed,
    botSeed: c.botSeed,
    bots: { russia: c.bot_russia, turkey: c.bot_turkey, china: c.bot_china },
    orderShift: c.orderShift,
    winner: c.winner,
    reason: c.reason,
    rounds: c.rounds,
    moves: c.moves,
    vp: { russia: c.vp_russia, turkey: c.vp_turkey, china: c.vp_china },
    regime: c.regime,
    rescuedBy: c.rescuedBy,
    calledInRound: c.calledInRound,
    firstMoves: { russia: c.first_russia, turkey: c.first_turkey, china: c.first_china },
    plays: c.plays,
    capital: c.capital,
    midVp: midVpOf(c.midVp_russia, c.midVp_turkey, c.midVp_china),
    ops: { russia: c.ops_russia, turkey: c.ops_turkey, china: c.ops_china },
    unrestUp: c.unrestUp,
    unrestDown: c.unrestDown,
    vpTally: c.vpTally,
    rivalEvents: c.rivalEvents,
  }));

/** The middle scoring's VP: all three cells or none. */
function midVpOf(russia: number | null, turkey: number | null, china: number | null): ByPower<number> | null {
  return russia === null || turkey === null || china === null ? null : { russia, turkey, china };
}

/** What a column holds, in the words of a fault message. */
function expected(column: Column): string {
  switch (column) {
    case 'bot_russia':
    case 'bot_turkey':
    case 'bot_china':
      return t('sim.csv.expect.oneOf', { values: BOT_NAMES.join(', ') });
    case 'orderShift':
      return t('sim.csv.expect.oneOf', { values: '0, 1, 2' });
    case 'winner':
      return t('sim.csv.expect.powerOr', { values: POWERS.join(', '), empty: 'draw' });
    case 'rescuedBy':
      return t('sim.csv.expect.powerOr', { values: POWERS.join(', '), empty: '' });
    case 'reason':
      return t('sim.csv.expect.oneOf', { values: 'lastRound, suddenDeath' });
    case 'regime':
      return t('sim.csv.expect.oneOf', { values: REGIME_STATES.join(', ') });
    case 'vp_russia':
    case 'vp_turkey':
    case 'vp_china':
      return t('sim.csv.expect.range', { min: -VP_LIMIT, max: VP_LIMIT });
    case 'plays':
      return t('sim.csv.expect.plays');
    case 'capital':
      return t('sim.csv.expect.powerOr', { values: POWERS.join(', '), empty: '' });
    case 'midVp_russia':
    case 'midVp_turkey':
    case 'midVp_china':
      return t('sim.csv.expect.wholeNumber');
    case 'ops_russia':
    case 'ops_turkey':
    case 'ops_china':
      return t('sim.csv.expect.counts', { keys: OPERATIONS.join(', ') });
    case 'unrestUp':
    case 'unrestDown':
      return t('sim.csv.expect.counts', { keys: Object.keys(noUnrest()).join(', ') });
    case 'vpTally':
      return t('sim.csv.expect.vpTally');
    case 'first_russia':
    case 'first_turkey':
    case 'first_china':
      return t('sim.csv.expect.text');
    case 'index':
    case 'seed':
    case 'botSeed':
    case 'rounds':
    case 'moves':
    case 'calledInRound':
    case 'rivalEvents':
      return t('sim.csv.expect.count');
  }
}

function isColumn(key: PropertyKey | undefined): key is Column {
  return typeof key === 'string' && (CSV_COLUMNS as readonly string[]).includes(key);
}

/** games.csv back into records; the message names the line and column of the first fault. */
export function csvToRecords(text: string): CsvResult {
  const rows = parseCsv(text);
  if (rows === null) return { ok: false, message: t('sim.csv.unclosed') };
  const [header, ...body] = rows;
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) {
    return { ok: false, message: t('sim.csv.header', { header: CSV_COLUMNS.join(',') }) };
  }
  const records: GameRecord[] = [];
  for (let i = 0; i < body.length; i++) {
    const row = body[i] as string[];
    const line = i + 2;
    if (row.length === 1 && row[0] === '') continue;
    if (row.length !== CSV_COLUMNS.length) return { ok: false, message: t('sim.csv.fieldCount', { line, expected: CSV_COLUMNS.length, found: row.length }) };
    const cells = Object.fromEntries(CSV_COLUMNS.map((column, k) => [column, row[k]]));
    const parsed = ROW.safeParse(cells);
    if (!parsed.success) {
      const column = parsed.error.issues[0]?.path[0];
      if (!isColumn(column)) return { ok: false, message: t('sim.csv.badRow', { line }) };
      return { ok: false, message: t('sim.csv.badField', { line, column, expected: expected(column), found: row[CSV_COLUMNS.indexOf(column)] ?? '' }) };
    }
    records.push(parsed.data);
  }
  return { ok: true, records };
}
