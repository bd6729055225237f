// The scenarios that ship with the game, bundled into the build and checked on first use. A
// broken bundled file is a programmer error (the scenario tests catch it), so it throws; scenarios
// from elsewhere go through parseScenario and get an error value instead.
import historical from '../../scenarios/historical.json' with { type: 'json' };
import classroom from '../../scenarios/classroom.json' with { type: 'json' };
import armeniaBlocksCsto from '../../scenarios/armenia-blocks-csto.json' with { type: 'json' };
import turkeyPrepared from '../../scenarios/turkey-prepared.json' with { type: 'json' };
import cards from '../../scenarios/cards.json' with { type: 'json' };
import { parseCatalogue, parseScenario, type Catalogue } from './load-scenario.js';
import type { Scenario } from './types.js';

export const SCENARIO_IDS = ['historical', 'classroom', 'armenia-blocks-csto', 'turkey-prepared'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

const SCENARIO_FILES: Record<ScenarioId, unknown> = {
  historical,
  classroom,
  'armenia-blocks-csto': armeniaBlocksCsto,
  'turkey-prepared': turkeyPrepared,
};

let catalogue: Catalogue | undefined;
const parsed = new Map<ScenarioId, Scenario>();

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

/** The card catalogue (scenarios/cards.json), parsed once. */
export function bundledCatalogue(): Catalogue {
  if (!catalogue) {
    const result = parseCatalogue('cards.json', cards);
    if (!result.ok) throw new Error(`bundled card catalogue is broken: ${result.error.message}`);
    catalogue = result.catalogue;
  }
  return catalogue;
}

/** A bundled scenario, parsed once and shared (it is frozen). */
export function bundledScenario(id: ScenarioId): Scenario {
  const known = parsed.get(id);
  if (known) return known;
  const result = parseScenario(`${id}.json`, SCENARIO_FILES[id], bundledCatalogue());
  if (!result.ok) throw new Error(`bundled scenario is broken: ${result.error.message}`);
  if (result.scenario.id !== id) throw new Error(`bundled scenario ${id}.json has id "${result.scenario.id}"`);
  parsed.set(id, result.scenario);
  return result.scenario;
}
