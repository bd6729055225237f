// Merging shards: the run facts come from each summary.json, the games from each games.csv. Runs
// of different scenarios, seeds or bots never merge, nor runs that share a game index; what comes
// out equals a single run over the union of the games.
import { BOT_NAMES, type BotName } from '../ai/bot.js';
import { t } from '../i18n/catalogue.js';
import { POWERS, type ByPower, type Power } from '../rules/index.js';
import type { RunMeta } from './aggregate.js';
import type { GameRecord } from './record.js';

export type MetaResult = { readonly ok: true; readonly meta: RunMeta } | { readonly ok: false; readonly message: string };

/** The run facts of a parsed summary.json; the message names the first missing or bad field. */
export function metaFromSummary(json: unknown, file: string): MetaResult {
  const bad = (field: string): MetaResult => ({ ok: false, message: t('sim.merge.badField', { file, field }) });
  if (typeof json !== 'object' || json === null) return bad('an object');
  const s = json as Record<string, unknown>;
  const str = (k: string): string | null => (typeof s[k] === 'string' ? (s[k] as string) : null);
  const int = (k: string): number | null => (Number.isSafeInteger(s[k]) ? (s[k] as number) : null);
  const bool = (k: string): boolean | null => (typeof s[k] === 'boolean' ? (s[k] as boolean) : null);
  const scenario = str('scenario');
  const scenarioSource = str('scenarioSource');
  const scenarioHash = str('scenarioHash');
  const scenarioRounds = int('scenarioRounds');
  const seed = int('seed');
  const gamesPlanned = int('gamesPlanned');
  const rotateSeats = bool('rotateSeats');
  const rotateOrder = bool('rotateOrder');
  const agendas = bool('agendas');
  const complete = bool('complete');
  if (scenario === null) return bad('scenario');
  if (scenarioSource === null) return bad('scenarioSource');
  if (scenarioHash === null) return bad('scenarioHash');
  if (scenarioRounds === null) return bad('scenarioRounds');
  if (seed === null) return bad('seed');
  if (gamesPlanned === null) return bad('gamesPlanned');
  if (rotateSeats === null) return bad('rotateSeats');
  if (rotateOrder === null) return bad('rotateOrder');
  const rawOrder: unknown = s.firstOrder;
  const isPower = (x: unknown): x is Power => typeof x === 'string' && (POWERS as readonly string[]).includes(x);
  if (!Array.isArray(rawOrder) || rawOrder.length !== POWERS.length || !rawOrder.every(isPower) || new Set(rawOrder).size !== POWERS.length) return bad('firstOrder');
  const firstOrder: Power[] = rawOrder;
  if (agendas === null) return bad('agendas');
  if (complete === null) return bad('complete');
  const rawBots = s.bots as Partial<Record<string, unknown>> | undefined;
  const bots = {} as ByPower<BotName>;
  for (const power of POWERS) {
    const name = rawBots?.[power];
    if (typeof name !== 'string' || !(BOT_NAMES as readonly string[]).includes(name)) return bad(`bots.${power}`);
    bots[power] = name as BotName;
  }
  if (!Array.isArray(s.cards)) return bad('cards');
  const cards: string[] = [];
  for (const entry of s.cards as unknown[]) {
    const card = (entry as { card?: unknown } | null)?.card;
    if (typeof card !== 'string') return bad('cards[].card');
    cards.push(card);
  }
  return { ok: true, meta: { scenario, scenarioSource, scenarioHash, scenarioRounds, seed, bots, rotateSeats, rotateOrder, firstOrder, agendas, cards, gamesPlanned, complete } };
}

export interface RunPart {
  /** Where the part came from, for messages. */
  readonly name: string;
  readonly meta: RunMeta;
  readonly records: readonly GameRecord[];
}

export type MergeResult = { readonly ok: true; readonly meta: RunMeta; readonly records: GameRecord[] } | { readonly ok: false; readonly message: string };

/** The union of the parts as one run, or why they cannot be merged. */
export function mergeParts(parts: readonly RunPart[]): MergeResult {
  const [first] = parts;
  if (!first) return { ok: false, message: t('sim.cli.mergeNeedsDirs') };
  const key = (m: RunMeta): Record<string, string> => ({
    scenario: m.scenario,
    scenarioHash: m.scenarioHash,
    seed: String(m.seed),
    bots: POWERS.map((p) => m.bots[p]).join(','),
    rotateSeats: String(m.rotateSeats),
    rotateOrder: String(m.rotateOrder),
    firstOrder: m.firstOrder.join(','),
    agendas: String(m.agendas),
  });
  const owner = new Map<number, string>();
  const records: GameRecord[] = [];
  const cards = new Set<string>();
  for (const part of parts) {
    const a = key(first.meta);
    const b = key(part.meta);
    for (const field of Object.keys(a)) {
      if (a[field] !== b[field]) return { ok: false, message: t('sim.cli.mergeMismatch', { a: first.name, b: part.name, field }) };
    }
    for (const record of part.records) {
      const other = owner.get(record.index);
      if (other !== undefined) return { ok: false, message: t('sim.cli.mergeOverlap', { index: record.index, a: other, b: part.name }) };
      owner.set(record.index, part.name);
      records.push(record);
    }
    for (const card of part.meta.cards) cards.add(card);
  }
  records.sort((x, y) => x.index - y.index);
  const meta: RunMeta = {
    ...first.meta,
    cards: [...cards].sort(),
    gamesPlanned: parts.reduce((sum, p) => sum + p.meta.gamesPlanned, 0),
    complete: parts.every((p) => p.meta.complete),
  };
  return { ok: true, meta, records };
}
