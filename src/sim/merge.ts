// Merging shards: the run facts come from each summary.json (summary-input.ts), the games from each
// games.csv. Runs of different scenarios, seeds or bots never merge, nor runs that share a game
// index; what comes out equals a single run over the union of the games.
import { t } from '../i18n/catalogue.js';
import { POWERS } from '../rules/index.js';
import type { RunMeta } from './aggregate.js';
import type { GameRecord } from './record.js';

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
