// The legal-move generator: the single source of truth for validation, the client's highlights,
// boardgame.io's ai.enumerate and the bots (STYLE §1).
import { canAnswerCall } from './crisis.js';
import { holds } from './effects.js';
import { operationMoves } from './operations.js';
import type { GameHandle } from './handle.js';
import type { CardDef, GameState, Move, Power, SpaceId } from './types.js';

/** R7.1: the power's own or a neutral card, its condition holding. */
export function eventPlayable(ix: GameHandle, s: GameState, power: Power, card: CardDef): boolean {
  if (card.side !== 'any' && card.side !== power) return false;
  return card.requires === undefined || holds(ix, s, card.requires, power, null);
}

/** Targets of a card's event that are in this scenario. */
export function eventTargets(ix: GameHandle, card: CardDef): SpaceId[] {
  return (card.targets ?? []).filter((id) => ix.spaces[id] !== undefined);
}

export function legalMovesIn(ix: GameHandle, s: GameState, power: Power): Move[] {
  if (s.over) return [];
  // R6.4: a power asked out of turn answers or lets the call pass, and nobody else moves meanwhile.
  if (s.interrupt !== null) {
    if (s.interrupt !== power) return [];
    return canAnswerCall(ix, s, power)
      ? [
          { type: 'answerCall', power },
          { type: 'declineCall', power },
        ]
      : [{ type: 'declineCall', power }];
  }
  if (s.order[s.turn] !== power) return [];
  if (s.pending) return [...operationMoves(ix, s, power, s.pending), { type: 'endOps', power }];
  const moves: Move[] = [];
  for (const id of s.hands[power]) {
    moves.push({ type: 'playOps', power, card: id });
    const card = ix.cards.get(id);
    if (!card || !eventPlayable(ix, s, power, card)) continue;
    if (card.targets === undefined) moves.push({ type: 'playEvent', power, card: id });
    else for (const target of eventTargets(ix, card)) moves.push({ type: 'playEvent', power, card: id, target });
  }
  if (canAnswerCall(ix, s, power)) moves.push({ type: 'answerCall', power });
  moves.push({ type: 'pass', power });
  return moves;
}
