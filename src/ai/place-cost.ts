// R5.4's cost of one influence and R3.2's stability, by space index, for the greedy policy's
// scoring loop and its list of operation steps (policy.ts, operation-steps.ts), which both run for
// every operation point of every simulated action.
import { FOOTHOLD_COST, type GameState, type Power, type SpaceId } from '../rules/index.js';
import type { Facts } from './facts.js';

/** R3.2: a space's stability after event shifts, kept within 1–4 (the kernel's stabilityOf, by index). */
export function stabilityIn(f: Facts, s: GameState, i: number): number {
  return Math.min(4, Math.max(1, (f.stability[i] ?? 1) + s.stabilityShift[f.spaceIds[i] as SpaceId]));
}

/**
 * R5.4 by space index, for the scoring loop: 1 point, or 2 where a rival controls the space (R3.1)
 * unless Turkey places in a Turkic space, and FOOTHOLD_COST more for a first influence in a space
 * the power's home does not touch. A test checks it against the kernel's placeCost.
 */
export function placeCost(f: Facts, s: GameState, i: number, power: Power): number {
  const inf = s.influence[f.spaceIds[i] as SpaceId];
  const foothold = inf[power] === 0 && !(f.homeTouch[power][i] ?? false) ? FOOTHOLD_COST : 0;
  if (power === 'turkey' && f.turkic[i]) return 1 + foothold;
  const st = stabilityIn(f, s, i);
  const r = inf.russia;
  const t = inf.turkey;
  const c = inf.china;
  const owner = r >= st && r - t >= st && r - c >= st ? 'russia' : t >= st && t - r >= st && t - c >= st ? 'turkey' : c >= st && c - r >= st && c - t >= st ? 'china' : null;
  return (owner === null || owner === power ? 1 : 2) + foothold;
}
