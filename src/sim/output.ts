// Writing a run's folder: games.csv, summary.json and report.html (and timing.json, which alone may
// differ between two runs of the same games). Reading one back for --merge.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { t } from '../i18n/catalogue.js';
import { aggregate, summaryJson, type RunMeta, type Summary } from './aggregate.js';
import { csvToRecords, recordsToCsv } from './csv.js';
import type { RunPart } from './merge.js';
import { metaFromSummary } from './summary-input.js';
import type { GameRecord } from './record.js';
import { renderReport } from './report.js';

/** Chart.js's UMD build, read from node_modules so the report needs no network. */
export function readChartJs(): string {
  const main = createRequire(import.meta.url).resolve('chart.js');
  return readFileSync(join(dirname(main), 'chart.umd.min.js'), 'utf8');
}

/** Create the output folder `dir` (and its parents), or say why it cannot be: a file in the way, no permission. */
export function makeOutDir(dir: string): { readonly ok: true } | { readonly ok: false; readonly message: string } {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) return { ok: false, message: t('sim.cli.cannotWrite', { dir, reason: 'ENOTDIR' }) };
    return { ok: true };
  } catch (error) {
    return { ok: false, message: t('sim.cli.cannotWrite', { dir, reason: (error as NodeJS.ErrnoException).code ?? String(error) }) };
  }
}

/** Write the three deterministic files of a run to `dir` (created if needed); returns the summary. */
export function writeRun(dir: string, meta: RunMeta, records: readonly GameRecord[]): Summary {
  const summary = aggregate(meta, records);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'games.csv'), recordsToCsv(records));
  writeFileSync(join(dir, 'summary.json'), summaryJson(summary));
  writeFileSync(join(dir, 'report.html'), renderReport(summary, { chartJs: readChartJs() }));
  return summary;
}

export type ReadResult = { readonly ok: true; readonly part: RunPart } | { readonly ok: false; readonly message: string };

/** A run folder's facts and games, for merging. */
export function readRun(dir: string): ReadResult {
  const read = (name: string): { ok: true; text: string } | { ok: false; message: string } => {
    const file = join(dir, name);
    try {
      return { ok: true, text: readFileSync(file, 'utf8') };
    } catch (error) {
      return { ok: false, message: t('sim.cli.cannotRead', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }) };
    }
  };
  const summaryText = read('summary.json');
  if (!summaryText.ok) return summaryText;
  let json: unknown;
  try {
    json = JSON.parse(summaryText.text);
  } catch (error) {
    return { ok: false, message: t('sim.cli.notJson', { file: join(dir, 'summary.json'), reason: error instanceof Error ? error.message : String(error) }) };
  }
  const meta = metaFromSummary(json, join(dir, 'summary.json'));
  if (!meta.ok) return meta;
  const csvText = read('games.csv');
  if (!csvText.ok) return csvText;
  const parsed = csvToRecords(csvText.text);
  if (!parsed.ok) return { ok: false, message: t('sim.cli.badCsv', { file: join(dir, 'games.csv'), reason: parsed.message }) };
  return { ok: true, part: { name: dir, meta: meta.meta, records: parsed.records } };
}
