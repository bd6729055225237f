// What --scenario names: a bundled id, or the path of a scenario file checked by the loader against
// the bundled card catalogue. A bad file is an error value carrying the loader's message.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { t } from '../i18n/catalogue.js';
import { bundledCatalogue, bundledGame, isScenarioId, openGame, parseScenario, SCENARIO_IDS, type GameHandle } from '../rules/index.js';

export type ScenarioSource = { readonly ok: true; readonly game: GameHandle } | { readonly ok: false; readonly message: string };

/** Load the scenario `arg` names: a bundled id first, otherwise a file path. Never throws. */
export function loadScenarioArg(arg: string): ScenarioSource {
  if (isScenarioId(arg)) return { ok: true, game: bundledGame(arg) };
  const looksLikePath = arg.endsWith('.json') || arg.includes('/') || arg.includes('\\');
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch (error) {
    if (!looksLikePath) return { ok: false, message: t('sim.cli.unknownScenario', { scenario: arg, ids: SCENARIO_IDS.join(', ') }) };
    return { ok: false, message: t('sim.cli.cannotRead', { file: arg, reason: (error as NodeJS.ErrnoException).code ?? String(error) }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: t('sim.cli.notJson', { file: basename(arg), reason: error instanceof Error ? error.message : String(error) }) };
  }
  const parsed = parseScenario(basename(arg), json, bundledCatalogue());
  return parsed.ok ? { ok: true, game: openGame(parsed.scenario) } : { ok: false, message: parsed.error.message };
}
