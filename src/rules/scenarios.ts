// The scenarios that ship with the game, bundled into the build and checked when this module loads. A
// broken bundled file is a programmer error (the scenario tests catch it), so it throws; scenarios
// from elsewhere go through parseScenario and get an error value instead.
import historical from '../../scenarios/historical.json' with { type: 'json' };
import classroom from '../../scenarios/classroom.json' with { type: 'json' };
import armeniaBlocksCsto from '../../scenarios/armenia-blocks-csto.json' with { type: 'json' };
import turkeyPrepared from '../../scenarios/turkey-prepared.json' with { type: 'json' };
import cards from '../../scenarios/cards.json' with { type: 'json' };
import { parseCatalogue, parseScenario, type Catalogue } from './load-scenario.js';
import { openGame, type GameHandle } from './handle.js';

export const SCENARIO_IDS = ['historical', 'classroom', 'armenia-blocks-csto', 'turkey-prepared'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

const SCENARIO_FILES: Record<ScenarioId, unknown> = {
  historical,
  classroom,
  'armenia-blocks-csto': armeniaBlocksCsto,
  'turkey-prepared': turkeyPrepared,
};

function parseBundledCatalogue(): Catalogue {
  const result = parseCatalogue('cards.json', cards);
  if (!result.ok) throw new Error(`bundled card catalogue is broken: ${result.error.message}`);
  return result.catalogue;
}

/** The card catalogue (scenarios/cards.json), parsed once when the module loads and frozen. */
const CATALOGUE: Catalogue = parseBundledCatalogue();

function openBundled(id: ScenarioId): GameHandle {
  const result = parseScenario(`${id}.json`, SCENARIO_FILES[id], CATALOGUE);
  if (!result.ok) throw new Error(`bundled scenario is broken: ${result.error.message}`);
  if (result.scenario.id !== id) throw new Error(`bundled scenario ${id}.json has id "${result.scenario.id}"`);
  return openGame(result.scenario);
}

// Built once when the module loads; handles are frozen, so sharing them is safe (no mutable state here).
const BUNDLED: Readonly<Record<ScenarioId, GameHandle>> = Object.freeze({
  historical: openBundled('historical'),
  classroom: openBundled('classroom'),
  'armenia-blocks-csto': openBundled('armenia-blocks-csto'),
  'turkey-prepared': openBundled('turkey-prepared'),
});

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

/** The card catalogue every bundled scenario draws from, for scenario files loaded from elsewhere. */
export function bundledCatalogue(): Catalogue {
  return CATALOGUE;
}

/** The handle of a bundled scenario. */
export function bundledGame(id: ScenarioId): GameHandle {
  return BUNDLED[id];
}
