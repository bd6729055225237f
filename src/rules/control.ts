// Who controls what (R3.1). Control is always derived from influence, never stored.
import type { GameHandle } from './handle.js';
import { POWERS, type ByPower, type GameState, type Power, type SpaceId } from './types.js';

/** A space's stability after event changes, kept within 1–4 (R3.2). */
export function stabilityOf(ix: GameHandle, state: GameState, space: SpaceId): number {
  const base = ix.spaces[space]?.stability ?? 1;
  return Math.min(4, Math.max(1, base + state.stabilityShift[space]));
}

/** The power controlling `space`, or null: influence ≥ stability and ahead of each rival by ≥ stability. */
export function controlOf(ix: GameHandle, state: GameState, space: SpaceId): Power | null {
  const stability = stabilityOf(ix, state, space);
  const inf = state.influence[space];
  for (const power of POWERS) {
    const mine = inf[power];
    if (mine < stability) continue;
    let ahead = true;
    for (const rival of POWERS) if (rival !== power && mine - inf[rival] < stability) ahead = false;
    if (ahead) return power;
  }
  return null;
}

/** Influence that destabilisation and events can remove: all of it but China's investment (R5.5). */
export function plainInfluence(state: GameState, space: SpaceId, power: Power): number {
  const total = state.influence[space][power];
  return power === 'china' ? total - state.investment[space] : total;
}

/** Every space each power controls, in map order. */
export function controlMap(ix: GameHandle, state: GameState): ByPower<SpaceId[]> {
  const out: ByPower<SpaceId[]> = { russia: [], turkey: [], china: [] };
  for (const space of ix.spaceIds) {
    const owner = controlOf(ix, state, space);
    if (owner) out[owner].push(space);
  }
  return out;
}

/** Whether `power` may place influence in `space` (R3.3): it has influence there or next to it, or the space borders its home. */
export function inReach(ix: GameHandle, state: GameState, power: Power, space: SpaceId): boolean {
  if (state.influence[space][power] > 0 || ix.homeNeighbours[power].has(space)) return true;
  for (const from of ix.reachedFrom[space] ?? []) if (state.influence[from][power] > 0) return true;
  return false;
}
