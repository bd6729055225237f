// The scenarios the browser game offers (the bundled ones), as game handles. The client reads a
// scenario's public facts (spaces, rounds, scheduled events, card definitions) from the handle
// the controller holds for the game in progress.
import { bundledGame, isScenarioId, SCENARIO_IDS, type GameHandle } from '../game/index.js';

export function scenarioIds(): readonly string[] {
  return SCENARIO_IDS;
}

/** The handle of the bundled scenario with `id`; undefined when there is none. */
export function gameById(id: string): GameHandle | undefined {
  return isScenarioId(id) ? bundledGame(id) : undefined;
}

/** The scenario a class starts with. */
export const DEFAULT_SCENARIO = 'classroom';
