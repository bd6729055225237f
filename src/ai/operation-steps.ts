// The operation steps a power may take now (R5), listed by space index into reused typed arrays
// instead of as Move objects. The greedy policy spends every simulated action's points one step at
// a time, and building the kernel's legal-move list again after each step was a sixth of the hard
// bot's time. This restates the kernel's operationMoves (rules/operations.ts) step for step and in
// its order, so the policy's ties break the same way; a test checks the two lists agree.
import {
  canAfford,
  MAX_PLACE_COST,
  OPERATION_COST,
  plainInfluence,
  POWERS,
  type GameState,
  type OperationMove,
  type PendingOps,
  type Power,
  type SpaceId,
} from '../rules/index.js';
import type { Facts } from './facts.js';
import { placeCost } from './place-cost.js';

/** Kinds of operation step, as stored in OperationSteps.kind. */
export const PLACE = 0;
export const INVEST = 1;
export const DESTABILISE = 2;
export const STABILISE = 3;
export const DIPLOMACY = 4;

/** A list of operation steps, entry k being (kind[k], space index[k], rival's POWERS index[k] or −1). */
export class OperationSteps {
  kind = new Uint8Array(64);
  space = new Int32Array(64);
  rival = new Int8Array(64);
  count = 0;
  /** Space k of `reach` is in the card's reach (R3.3), for the pending reach list `reachOf`. */
  reach = new Uint8Array(0);
  /**
   * The kernel fixes a card's reach in a new list when its operations begin and never changes it
   * (R3.3), and copies of the state share it, so the flags are worked out again only for a new list.
   */
  reachOf: readonly SpaceId[] | null = null;

  push(kind: number, space: number, rival: number): void {
    if (this.count === this.kind.length) {
      const n = this.count * 2;
      const kind = new Uint8Array(n);
      const spaceAt = new Int32Array(n);
      const rivalOf = new Int8Array(n);
      kind.set(this.kind);
      spaceAt.set(this.space);
      rivalOf.set(this.rival);
      this.kind = kind;
      this.space = spaceAt;
      this.rival = rivalOf;
    }
    this.kind[this.count] = kind;
    this.space[this.count] = space;
    this.rival[this.count] = rival;
    this.count++;
  }
}

// Each power's bloc members by index in map order (where its diplomacy goes, R5.8), per scenario.
const blocs = new WeakMap<Facts, Readonly<Record<Power, readonly number[]>>>();

function blocSpaces(f: Facts, power: Power): readonly number[] {
  let known = blocs.get(f);
  if (!known) {
    const of = (p: Power): number[] => f.spaceIds.flatMap((_, i) => (f.ownBloc[p][i] ? [i] : []));
    known = { russia: of('russia'), turkey: of('turkey'), china: of('china') };
    blocs.set(f, known);
  }
  return known[power];
}

/** Fill `out` with every operation `power` can afford now, in the order of the kernel's operationMoves. */
export function listOperationSteps(f: Facts, s: GameState, power: Power, pending: PendingOps, out: OperationSteps): void {
  out.count = 0;
  const n = f.spaceIds.length;
  if (out.reach.length < n) {
    out.reach = new Uint8Array(n);
    out.reachOf = null;
  }
  const reach = out.reach;
  if (out.reachOf !== pending.reach) {
    reach.fill(0);
    for (const id of pending.reach) {
      const i = f.at[id];
      if (i !== undefined) reach[i] = 1;
    }
    out.reachOf = pending.reach;
  }
  const canPayOp = canAfford(s, pending, power, OPERATION_COST);
  const canPayMost = canAfford(s, pending, power, MAX_PLACE_COST);
  for (let i = 0; i < n; i++) {
    if (reach[i] === 1 && (canPayMost || canAfford(s, pending, power, placeCost(f, s, i, power)))) out.push(PLACE, i, -1);
  }
  if (!canPayOp) return;
  if (power === 'china') {
    for (let i = 0; i < n; i++) if (s.influence[f.spaceIds[i] as SpaceId].china > 0) out.push(INVEST, i, -1);
  } else {
    if (!pending.destabilised) {
      for (let i = 0; i < n; i++) {
        if (reach[i] !== 1) continue;
        const id = f.spaceIds[i] as SpaceId;
        for (const rival of s.order) {
          // China's investment cannot be destabilised away (R5.5).
          if (rival !== power && plainInfluence(s, id, rival) > 0) out.push(DESTABILISE, i, POWERS.indexOf(rival));
        }
      }
    }
    if (s.unrest > 0) {
      for (const i of f.kazakhstanOrder) if (s.influence[f.spaceIds[i] as SpaceId][power] > 0) out.push(STABILISE, i, -1);
    }
  }
  for (const i of blocSpaces(f, power)) out.push(DIPLOMACY, i, -1);
}

/** Step k of `steps` as the kernel's move. */
export function stepMove(f: Facts, steps: OperationSteps, k: number, power: Power): OperationMove {
  const space = f.spaceIds[steps.space[k] ?? 0] as SpaceId;
  switch (steps.kind[k]) {
    case PLACE:
      return { type: 'place', power, space };
    case INVEST:
      return { type: 'invest', power, space };
    case DESTABILISE:
      return { type: 'destabilise', power, space, rival: POWERS[steps.rival[k] ?? 0] as Power };
    case STABILISE:
      return { type: 'stabilise', power, space };
    default:
      return { type: 'diplomacy', power, space };
  }
}
