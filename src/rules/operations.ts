// Operations (R5): what each one costs, where it may go, and what it does.
import { controlOf, plainInfluence, stabilityOf } from './control.js';
import type { Ctx } from './context.js';
import { changeUnrest, UNREST_SPREADS_AT } from './crisis.js';
import { changeInfluence, changeInvestment, changeOtsReadiness, changeOverstretch, changePool, changeVp } from './mutations.js';
import { rollDie } from './rng.js';
import { memberOfOwnBloc, type GameHandle } from './handle.js';
import { BLOC_OF, type GameState, type OperationMove, type PendingOps, type Power, type SpaceId } from './types.js';

/** Stabilise, destabilise, invest and diplomacy each cost this many points (R5.5–R5.8). */
export const OPERATION_COST = 2;

/** A first foothold in a space the power's home area does not touch costs this much more (R5.4). */
export const FOOTHOLD_COST = 1;
/** Diplomacy puts this much influence in a member of the power's bloc (R5.8); China's money, more. */
export const DIPLOMACY_INFLUENCE = 1;
export const CHINA_DIPLOMACY_INFLUENCE = 2;
/** Turkey's diplomacy raises OTS readiness only while it is below this: statements, not means (R5.8). */
export const STATEMENTS_READINESS = 3;
/** China's investment returns this many IP to its pool (R5.5). */
export const INVEST_RETURN_IP = 1;
/** Stabilising while the protests feed on themselves (unrest at R6.2's threshold or more) scores this (R5.7). */
export const CALMING_VP = 1;
/** The most one influence can cost: a rival's control and a new foothold together (R5.4). */
export const MAX_PLACE_COST = 2 + FOOTHOLD_COST;

/**
 * R5.4: 1 point, or 2 where a rival controls the space; Turkey's kinship keeps Turkic spaces at 1.
 * A new foothold (no influence of the power there yet, in a space its home does not touch) costs
 * FOOTHOLD_COST more: Turkey crosses the Caspian, China goes west, each at a price.
 */
export function placeCost(ix: GameHandle, s: GameState, power: Power, space: SpaceId): number {
  const owner = controlOf(ix, s, space);
  const base = owner === null || owner === power || (power === 'turkey' && ix.spaces[space]?.turkic) ? 1 : 2;
  const foothold = s.influence[space][power] === 0 && !ix.homeNeighbours[power].has(space) ? FOOTHOLD_COST : 0;
  return base + foothold;
}

/** R5.2: China's money: it may add this many more IP to a card than the scenario's boost limit. */
/** R5.2: the IP a power may add to one card's operations (China's money is the scenario's extraBoost). */
export function boostLimit(ix: GameHandle, power: Power): number {
  return ix.scenario.options.maxBoost + ix.scenario.powers[power].extraBoost;
}

/** R5.1: a card's points, one less for Russia while overstretched. */
export function cardPoints(ix: GameHandle, s: GameState, power: Power, ops: number): number {
  const overstretched = power === 'russia' && s.overstretch > ix.scenario.options.overstretchSafe;
  return Math.max(1, overstretched ? ops - 1 : ops);
}

/** R5.2: card points first, then up to the boost limit from the pool. */
export function canAfford(s: GameState, pending: PendingOps, power: Power, cost: number): boolean {
  return pending.pointsLeft + Math.min(pending.boostLeft, s.pool[power]) >= cost;
}

function pay(ctx: Ctx, pending: PendingOps, power: Power, cost: number): void {
  const fromCard = Math.min(pending.pointsLeft, cost);
  pending.pointsLeft -= fromCard;
  const fromPool = cost - fromCard;
  if (fromPool > 0) {
    pending.boostLeft -= fromPool;
    changePool(ctx, power, -fromPool);
  }
}

/** Every operation `power` can afford now, in a fixed order (map order, then rival order). */
export function operationMoves(ix: GameHandle, s: GameState, power: Power, pending: PendingOps): OperationMove[] {
  const moves: OperationMove[] = [];
  const canPayOp = canAfford(s, pending, power, OPERATION_COST);
  const canPayMost = canAfford(s, pending, power, MAX_PLACE_COST);
  const reach: boolean[] = [];
  for (const space of ix.spaceIds) {
    // R3.3: reach as it was when the card was played, not as its own placements extend it.
    const reachable = pending.reach.includes(space);
    reach.push(reachable);
    // Placing costs at most MAX_PLACE_COST (R5.4): when that is affordable the exact cost need not be worked out.
    if (reachable && (canPayMost || canAfford(s, pending, power, placeCost(ix, s, power, space)))) {
      moves.push({ type: 'place', power, space });
    }
  }
  if (!canPayOp) return moves;
  if (power === 'china') {
    for (const space of ix.spaceIds) if (s.influence[space].china > 0) moves.push({ type: 'invest', power, space });
  } else {
    if (!pending.destabilised) {
      for (let i = 0; i < ix.spaceIds.length; i++) {
        const space = ix.spaceIds[i] as SpaceId;
        if (!reach[i]) continue;
        for (const rival of s.order) {
          if (rival !== power && plainInfluence(s, space, rival) > 0) moves.push({ type: 'destabilise', power, space, rival });
        }
      }
    }
    if (s.unrest > 0) {
      for (const space of ix.kazakhstan) if (s.influence[space][power] > 0) moves.push({ type: 'stabilise', power, space });
    }
  }
  for (const space of ix.spaceIds) if (memberOfOwnBloc(ix, power, space)) moves.push({ type: 'diplomacy', power, space });
  return moves;
}

/**
 * Whether `operationMoves` would list anything, without building the list: it is asked after
 * every operation step (R5.9), so it is on the hot path of every playout.
 */
export function anyOperation(ix: GameHandle, s: GameState, power: Power, pending: PendingOps): boolean {
  if (canAfford(s, pending, power, OPERATION_COST)) {
    // With 2 points, diplomacy is open wherever the power's bloc has a member in play (R5.8).
    if (ix.blocMembers[BLOC_OF[power]].length > 0) return true;
    return operationMoves(ix, s, power, pending).length > 0;
  }
  if (!canAfford(s, pending, power, 1)) return false;
  for (const space of ix.spaceIds) {
    if (pending.reach.includes(space) && placeCost(ix, s, power, space) === 1) return true;
  }
  return false;
}

/** Carry out one operation already known to be legal. */
export function performOperation(ctx: Ctx, move: OperationMove, pending: PendingOps): void {
  const { s, ix } = ctx;
  const { power, space } = move;
  switch (move.type) {
    case 'place':
      pay(ctx, pending, power, placeCost(ix, s, power, space));
      return changeInfluence(ctx, power, space, 1);
    case 'invest':
      // R5.5: a loan earns: 1 IP back.
      pay(ctx, pending, power, OPERATION_COST);
      changeInvestment(ctx, space, 1);
      return changePool(ctx, power, INVEST_RETURN_IP);
    case 'diplomacy':
      pay(ctx, pending, power, OPERATION_COST);
      // R5.8: each bloc's diplomacy does what that bloc can: the CSTO shares Russia's burden, the
      // SCO's partners welcome China's money (2 influence); the OTS's statements build readiness up to
      // STATEMENTS_READINESS, and the means for a mission beyond it take Turkey's cards.
      if (power === 'china') return changeInfluence(ctx, power, space, CHINA_DIPLOMACY_INFLUENCE);
      changeInfluence(ctx, power, space, DIPLOMACY_INFLUENCE);
      if (power === 'russia') changeOverstretch(ctx, -1);
      else if (s.otsReadiness < STATEMENTS_READINESS) changeOtsReadiness(ctx, 1);
      return;
    case 'stabilise':
      // R5.7: order brought by your own people: unrest falls, your presence there grows, and the
      // unrest you stirred earlier is forgiven by a step; calming protests that feed on themselves
      // is credited to the power that does it. Turkey's aid on the ground also builds OTS readiness.
      pay(ctx, pending, power, OPERATION_COST);
      if (s.unrest >= UNREST_SPREADS_AT) changeVp(ctx, power, CALMING_VP, 'calmedUnrest');
      changeInfluence(ctx, power, space, 1);
      if (s.agitation[power] > 0) s.agitation[power] -= 1;
      if (turkishAidBuildsReadiness(ix, s, power)) changeOtsReadiness(ctx, 1);
      return changeUnrest(ctx, -1, power);
    case 'destabilise': {
      pay(ctx, pending, power, OPERATION_COST);
      pending.destabilised = true;
      const roll = rollDie(s.rng);
      ctx.log.push({ kind: 'dieRolled', power, roll, purpose: 'destabilise' });
      if (roll > stabilityOf(ix, s, space)) changeInfluence(ctx, move.rival, space, roll === 6 ? -2 : -1);
      if (ix.kazakhstan.includes(space)) changeUnrest(ctx, 1, power);
      return;
    }
  }
}

/**
 * Whether Turkey's stabilisation also builds OTS readiness (R5.7): aid on the ground earns the OTS
 * its voice (the scenario's aidReadinessUpTo, the voice's 4 where it is set), never the last step
 * to a mission, which still takes Turkey's cards.
 */
export function turkishAidBuildsReadiness(ix: GameHandle, s: GameState, power: Power): boolean {
  const upTo = ix.scenario.options.aidReadinessUpTo;
  return power === 'turkey' && upTo !== null && s.otsReadiness < upTo && s.otsReadiness + 1 < ix.scenario.options.otsReadyAt;
}
