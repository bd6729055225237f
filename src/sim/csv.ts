// games.csv: one row per game, enough to rebuild the whole summary (with summary.json's run facts)
// and to replay any game from its row. RFC 4180 quoting; reading a file gives a value, not a throw.
import { BOT_NAMES, type BotName } from '../ai/bot.js';
import { t } from '../i18n/catalogue.js';
import { POWERS, REGIME_STATES, type ByPower, type Power, type RegimeState } from '../rules/index.js';
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

class RowError extends Error {}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
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
    const cell = (c: Column): string => row[CSV_COLUMNS.indexOf(c)] as string;
    const fail = (c: Column, expected: string): never => {
      throw new RowError(t('sim.csv.badField', { line, column: c, expected, found: cell(c) }));
    };
    const int = (c: Column, min = -Infinity): number => {
      const v = cell(c);
      if (!/^-?\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) fail(c, t(min === 0 ? 'sim.csv.expect.count' : 'sim.csv.expect.wholeNumber'));
      return Number(v);
    };
    const bot = (c: Column): BotName => {
      const v = cell(c);
      return isOneOf(BOT_NAMES, v) ? v : fail(c, t('sim.csv.expect.oneOf', { values: BOT_NAMES.join(', ') }));
    };
    const powerOrEmpty = (c: Column, empty: string): Power | null => {
      const v = cell(c);
      if (v === empty) return null;
      return isOneOf(POWERS, v) ? v : fail(c, t('sim.csv.expect.powerOr', { values: POWERS.join(', '), empty }));
    };
    try {
      const reason = cell('reason');
      const regime = cell('regime');
      const plays: CardPlay[] = [];
      if (cell('plays') !== '') {
        for (const item of cell('plays').split('|')) {
          const [card, mode, power, ...rest] = item.split(':');
          if (!card || (mode !== 'ops' && mode !== 'event') || !power || !isOneOf(POWERS, power) || rest.length > 0) {
            fail('plays', t('sim.csv.expect.plays'));
          } else plays.push({ card, mode, power });
        }
      }
      const firstMoves = {} as ByPower<string>;
      for (const p of POWERS) firstMoves[p] = cell(`first_${p}`);
      // "key:count|…" into `into`, whose keys are the only ones allowed; absent keys stay 0.
      const readCounts = (c: Column, into: Record<string, number>): void => {
        if (cell(c) === '') return;
        const keys = Object.keys(into);
        for (const item of cell(c).split('|')) {
          const [key, n, ...rest] = item.split(':');
          if (key === undefined || !keys.includes(key) || n === undefined || !/^\d+$/.test(n) || !Number.isSafeInteger(Number(n)) || rest.length > 0) {
            fail(c, t('sim.csv.expect.counts', { keys: keys.join(', ') }));
          } else into[key] = Number(n);
        }
      };
      const ops = noOps();
      for (const p of POWERS) readCounts(`ops_${p}`, ops[p]);
      const unrestUp: UnrestTally = noUnrest();
      const unrestDown: UnrestTally = noUnrest();
      readCounts('unrestUp', unrestUp);
      readCounts('unrestDown', unrestDown);
      const midCells = POWERS.map((p) => cell(`midVp_${p}`));
      let midVp: ByPower<number> | null = null;
      if (midCells.some((v) => v !== '')) midVp = { russia: int('midVp_russia'), turkey: int('midVp_turkey'), china: int('midVp_china') };
      const vpTally: VpTally[] = [];
      if (cell('vpTally') !== '') {
        for (const item of cell('vpTally').split('|')) {
          const [power, reason, detail, amount, ...rest] = item.split(':');
          if (!power || !isOneOf(POWERS, power) || !reason || !/^[A-Za-z]\w*$/.test(reason) || detail === undefined || !amount || !/^-?[1-9]\d*$/.test(amount) || !Number.isSafeInteger(Number(amount)) || rest.length > 0) {
            fail('vpTally', t('sim.csv.expect.vpTally'));
          } else vpTally.push({ power, reason, detail, amount: Number(amount) });
        }
      }
      records.push({
        index: int('index', 0),
        seed: int('seed', 0),
        botSeed: int('botSeed', 0),
        bots: { russia: bot('bot_russia'), turkey: bot('bot_turkey'), china: bot('bot_china') },
        orderShift: /^[012]$/.test(cell('orderShift')) ? Number(cell('orderShift')) : fail('orderShift', t('sim.csv.expect.oneOf', { values: '0, 1, 2' })),
        winner: powerOrEmpty('winner', 'draw'),
        reason: reason === 'lastRound' || reason === 'suddenDeath' ? reason : fail('reason', t('sim.csv.expect.oneOf', { values: 'lastRound, suddenDeath' })),
        rounds: int('rounds', 0),
        moves: int('moves', 0),
        vp: { russia: int('vp_russia'), turkey: int('vp_turkey'), china: int('vp_china') },
        regime: isOneOf<RegimeState>(REGIME_STATES, regime) ? regime : fail('regime', t('sim.csv.expect.oneOf', { values: REGIME_STATES.join(', ') })),
        rescuedBy: powerOrEmpty('rescuedBy', ''),
        calledInRound: int('calledInRound', 0),
        firstMoves,
        plays,
        capital: powerOrEmpty('capital', ''),
        midVp,
        ops,
        unrestUp,
        unrestDown,
        vpTally,
      });
    } catch (error) {
      if (error instanceof RowError) return { ok: false, message: error.message };
      throw error;
    }
  }
  return { ok: true, records };
}
