// Public facts of the board for the screens: the scenario's fixed facts joined with the seat's
// public view. Control and stability come from the rules' own functions, never re-implemented.
import { controlOf, stabilityOf } from '../rules/control.js';
import { indexOf } from '../rules/scenario-index.js';
import type { GameState, Scenario, SpaceId } from '../rules/types.js';
import type { SpaceSnapshot } from './bridge.js';
import type { PublicView } from './types.js';

/** controlOf and stabilityOf read only the public `influence` and `stabilityShift` of a state. */
function asRulesState(board: PublicView): GameState {
  return board as unknown as GameState;
}

export function scenarioOf(board: PublicView): Scenario {
  return indexOf(board.scenarioId).scenario;
}

export function spaceSnapshots(board: PublicView): SpaceSnapshot[] {
  const ix = indexOf(board.scenarioId);
  const state = asRulesState(board);
  return ix.scenario.spaces.map((def) => ({
    id: def.id,
    stability: stabilityOf(ix, state, def.id),
    value: def.value,
    blocs: def.blocs,
    turkic: def.turkic,
    nearXinjiang: def.nearXinjiang,
    influence: { ...board.influence[def.id] },
    investment: board.investment[def.id] ?? 0,
    control: controlOf(ix, state, def.id),
  }));
}

export function spaceIds(board: PublicView): SpaceId[] {
  return indexOf(board.scenarioId).scenario.spaces.map((s) => s.id);
}
