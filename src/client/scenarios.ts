// The scenarios the browser game offers (the bundled ones). The client reads a scenario's public
// facts (spaces, rounds, scheduled events, card definitions) from here; states refer to it by id.
import { registerScenario } from '../rules/kernel.js';
import { bundledScenario, isScenarioId, SCENARIO_IDS } from '../rules/scenarios.js';
import type { Scenario } from '../rules/types.js';

export function scenarioIds(): readonly string[] {
  return SCENARIO_IDS;
}

/** The scenario with `id`, registered with the kernel; undefined when there is none. */
export function scenarioById(id: string): Scenario | undefined {
  if (!isScenarioId(id)) return undefined;
  const scenario = bundledScenario(id);
  registerScenario(scenario);
  return scenario;
}

/** The scenario a class starts with. */
export const DEFAULT_SCENARIO = 'classroom';
