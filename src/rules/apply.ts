// Applying a move: check it against the legal moves, explain a rejection, and carry it out on a
// private copy so the caller's state never changes (STYLE §2, §9).
import { inReach, plainInfluence } from './control.js';
import type { Ctx } from './context.js';
import { answerCall, canAnswerCall, declineCall } from './crisis.js';
import { resolveEffects } from './effects.js';
import { eventPlayable, eventTargets, legalMovesIn } from './legal.js';
import { changeTempo } from './mutations.js';
import { OPERATION_COST, anyOperation, boostLimit, canAfford, cardPoints, performOperation, placeCost } from './operations.js';
import { finishAction } from './round.js';
import { activeSeat } from './view.js';
import { memberOfOwnBloc, type GameHandle } from './handle.js';
import { cloneState } from './state.js';
import { isOperationStep, parseMove, sameMove } from './moves.js';
import {
  KAZAKHSTAN,
  type ApplyResult,
  type GameEvent,
  type GameState,
  type Move,
  type Power,
  type Rejection,
  type RejectionCode,
  type RejectionParams,
  type SpaceId,
} from './types.js';

function reject(code: RejectionCode, params: RejectionParams = {}): Rejection {
  return { ok: false, code, params };
}

/** A state of another scenario (or another version of this one) is refused before anything reads it. */
export function scenarioMismatch(ix: GameHandle, state: { readonly scenarioHash: string }): Rejection | null {
  return state.scenarioHash === ix.hash ? null : reject('wrongScenario');
}

/** A legal move's effect on a copy of the state, with the public log of what happened. */
export function applyLegal(ix: GameHandle, state: GameState, move: Move): { state: GameState; events: GameEvent[] } {
  const ctx: Ctx = { ix, s: cloneState(state), log: [] };
  applyInPlace(ctx, move);
  return { state: ctx.s, events: ctx.log };
}

/** Carry out a legal move on `ctx.s` itself: the hot path of playouts. */
export function applyInPlace(ctx: Ctx, move: Move): void {
  const { s, ix } = ctx;
  s.moveCount += 1;
  const power = move.power;
  switch (move.type) {
    case 'playOps': {
      const card = ix.cards.get(move.card);
      const rival = card && card.side !== 'any' && card.side !== power ? card.side : null;
      // R7.1: a rival's event happens for its own side before the points are spent, if it may happen now.
      const fires = rival !== null && card !== undefined && eventPlayable(ix, s, rival, card);
      discardFromHand(s, power, move.card, fires && card.removeAfterEvent);
      ctx.log.push({ kind: 'cardPlayed', power, card: move.card, mode: 'ops' });
      if (fires) {
        ctx.log.push({ kind: 'rivalEvent', card: card.id, power, for: rival });
        resolveEffects(ctx, card.effects, { power: rival, target: eventTargets(ix, card)[0] ?? null, id: card.id });
        if (s.over) return;
      }
      s.pending = { card: move.card, pointsLeft: cardPoints(ix, s, power, card?.ops ?? 1), boostLeft: boostLimit(ix, power), destabilised: false, reach: sortedReach(ctx, power) };
      return endOpsIfStuck(ctx, power);
    }
    case 'playEvent': {
      const card = ix.cards.get(move.card);
      discardFromHand(s, power, move.card, card?.removeAfterEvent ?? false);
      ctx.log.push({ kind: 'cardPlayed', power, card: move.card, mode: 'event', ...(move.target ? { target: move.target } : {}) });
      changeTempo(ctx, power, 1);
      if (card) resolveEffects(ctx, card.effects, { power, target: move.target ?? null, id: card.id });
      // R7.1: an event carries its momentum: after it, the power spends half the card's operations
      // (rounded up) as operations, with the usual boost, so an event is worth its card's points
      // whenever the event itself is worth half of them.
      if (!card || s.over) return finishAction(ctx);
      s.pending = { card: move.card, pointsLeft: ownEventPoints(card.ops), boostLeft: boostLimit(ix, power), destabilised: false, reach: sortedReach(ctx, power) };
      return endOpsIfStuck(ctx, power);
    }
    case 'answerCall':
      // Answered out of turn (R6.4), it is no action of Russia's: the turn goes on where it was.
      if (s.interrupt === power) return answerCall(ctx, power);
      answerCall(ctx, power);
      return finishAction(ctx);
    case 'declineCall':
      return declineCall(ctx, power);
    case 'pass':
      ctx.log.push({ kind: 'passed', power });
      return finishAction(ctx);
    case 'endOps':
      ctx.log.push({ kind: 'opsEnded', power, unused: s.pending?.pointsLeft ?? 0 });
      return finishAction(ctx);
    default: {
      const pending = s.pending;
      if (!pending) return;
      performOperation(ctx, move, pending);
      return endOpsIfStuck(ctx, power);
    }
  }
}

/** R7.1: the operations an own event brings after it. */
export function ownEventPoints(ops: number): number {
  return Math.ceil(ops / 2);
}

/** R3.3: reach fixed as the card's operations begin, in map order. */
function sortedReach(ctx: Ctx, power: Power): SpaceId[] {
  const { ix, s } = ctx;
  return ix.spaceIds.filter((id) => inReach(ix, s, power, id));
}

function discardFromHand(s: GameState, power: Power, card: string, remove: boolean): void {
  const hand = s.hands[power];
  const at = hand.indexOf(card);
  if (at >= 0) hand.splice(at, 1);
  (remove ? s.removed : s.discard).push(card);
}

/** R5.9: operations end by themselves when nothing is affordable. */
function endOpsIfStuck(ctx: Ctx, power: Power): void {
  const pending = ctx.s.pending;
  if (!pending || anyOperation(ctx.ix, ctx.s, power, pending)) return;
  ctx.log.push({ kind: 'opsEnded', power, unused: pending.pointsLeft });
  finishAction(ctx);
}

/** Check `raw` against the legal moves and apply it, or say why not; never throws, never changes `state`. */
export function applyChecked(ix: GameHandle, state: GameState, raw: unknown): ApplyResult {
  const mismatch = scenarioMismatch(ix, state);
  if (mismatch) return mismatch;
  const move = parseMove(raw);
  if (!move) return reject('malformed');
  if (state.over) return reject('gameOver');
  if (legalMovesIn(ix, state, move.power).some((m) => sameMove(m, move))) {
    const { state: next, events } = applyLegal(ix, state, move);
    return { ok: true, state: next, events };
  }
  return whyIllegal(ix, state, move);
}

/** The reason a well-formed move is not among the legal moves. Explains only; never permits. */
function whyIllegal(ix: GameHandle, s: GameState, move: Move): Rejection {
  const power = move.power;
  const active = activeSeat(s);
  if (power !== active) return reject('notYourTurn', { power, active });
  if (s.interrupt !== null) {
    // A card that does not exist is named as such even now; anything else waits for the answer (R6.4).
    if ((move.type === 'playOps' || move.type === 'playEvent') && !ix.cards.has(move.card)) return reject('unknownCard', { card: move.card });
    return reject(move.type === 'answerCall' ? 'cannotAnswer' : 'mustAnswerOrDecline', { active });
  }
  const isOperation = isOperationStep(move.type);
  if (s.pending && !isOperation) return reject('opsPending');
  if (!s.pending && isOperation) return reject('noOpsPending');
  switch (move.type) {
    case 'playOps':
    case 'playEvent': {
      const card = ix.cards.get(move.card);
      if (!card) return reject('unknownCard', { card: move.card });
      if (!s.hands[power].includes(move.card)) return reject('notInHand', { card: move.card });
      if (move.type === 'playOps') break;
      if (card.side !== 'any' && card.side !== power) return reject('wrongSide', { side: card.side });
      if (!eventPlayable(ix, s, power, card)) return reject('eventNotAllowed');
      if (move.target === undefined || !eventTargets(ix, card).includes(move.target)) return reject('badTarget');
      break;
    }
    case 'answerCall':
      if (s.regime !== 'calling') return reject('noCall');
      if (!canAnswerCall(ix, s, power)) return reject('cannotAnswer');
      break;
    case 'place':
    case 'stabilise':
    case 'destabilise':
    case 'invest':
    case 'diplomacy': {
      const pending = s.pending;
      if (!pending) return reject('noOpsPending');
      const space = move.space;
      if (ix.spaces[space] === undefined) return reject('badTarget');
      const name = { space };
      if (move.type === 'place') {
        if (!pending.reach.includes(space)) return reject('unreachable', name);
        return reject('cannotAfford', { cost: placeCost(ix, s, power, space) });
      }
      if (move.type === 'invest' && power !== 'china') return reject('notAllowedForPower');
      if ((move.type === 'stabilise' || move.type === 'destabilise') && power === 'china') return reject('notAllowedForPower');
      if (!canAfford(s, pending, power, OPERATION_COST)) return reject('cannotAfford', { cost: OPERATION_COST });
      if (move.type === 'destabilise') {
        if (pending.destabilised) return reject('alreadyDestabilised');
        if (!pending.reach.includes(space)) return reject('unreachable', name);
        if (move.rival === power || plainInfluence(s, space, move.rival) <= 0) return reject('noRival', name);
      }
      if (move.type === 'stabilise' && !(KAZAKHSTAN.includes(space) && s.influence[space][power] > 0 && s.unrest > 0)) return reject('badTarget');
      if (move.type === 'invest' && s.influence[space].china <= 0) return reject('badTarget');
      if (move.type === 'diplomacy' && !memberOfOwnBloc(ix, power, space)) return reject('badTarget');
      break;
    }
    default:
      break;
  }
  return reject('malformed');
}
