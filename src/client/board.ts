// Public facts of the board for the screens: the scenario's fixed facts joined with the seat's
// public view. Control and stability are read from the view (the kernel derives them), never
// recomputed here.
import type { Scenario, SpaceId } from '../game/index.js';
import type { SpaceSnapshot } from './bridge.js';
import type { PublicView } from './types.js';

export function spaceSnapshots(scenario: Scenario, board: PublicView): SpaceSnapshot[] {
  return scenario.spaces.map((def) => ({
    id: def.id,
    stability: board.stability[def.id],
    value: def.value,
    blocs: def.blocs,
    turkic: def.turkic,
    nearXinjiang: def.nearXinjiang,
    influence: { ...board.influence[def.id] },
    investment: board.investment[def.id],
    control: board.control[def.id],
  }));
}

export function spaceIds(scenario: Scenario): SpaceId[] {
  return scenario.spaces.map((s) => s.id);
}
