// The working context of one move: the state being changed in place (a private copy made by
// applyMove), its scenario, and the public log the move writes.
import type { GameHandle } from './handle.js';
import type { GameEvent, GameState } from './types.js';

export interface Ctx {
  readonly ix: GameHandle;
  readonly s: GameState;
  readonly log: GameEvent[];
}
