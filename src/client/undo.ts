// When a human may take back their last step (STYLE §13): the step was theirs, it revealed
// nothing hidden (no die, no draw, no reshuffle, no new round with its events), and the turn has
// not passed to another seat. Undo itself is a rebuild from the move list minus that step.
import type { LogEntry } from '../game/index.js';
import type { ByPower, GameEvent, Power } from '../game/index.js';
import type { SeatKind } from './types.js';

const REVEALING: ReadonlySet<GameEvent['kind']> = new Set(['dieRolled', 'cardsDrawn', 'deckReshuffled', 'roundStarted', 'scheduledEvent', 'gameOver']);

export interface UndoInput {
  readonly seats: ByPower<SeatKind>;
  readonly log: readonly LogEntry[];
  readonly active: Power | null;
  readonly over: boolean;
}

export function stepRevealsHidden(entry: LogEntry): boolean {
  return entry.events.some((e) => REVEALING.has(e.kind));
}

export function undoAllowed({ seats, log, active, over }: UndoInput): boolean {
  if (over) return false;
  const last = log[log.length - 1];
  if (!last || last.move === null || last.power === null) return false;
  if (seats[last.power] !== 'human') return false;
  if (stepRevealsHidden(last)) return false;
  return active === last.power;
}
