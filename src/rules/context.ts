// The working context of one move: the state being changed in place (a private copy made by
// applyMove), its scenario, and the public log the move writes.
import type { IndexedScenario } from './scenario-index.js';
import type { GameEvent, GameState } from './types.js';

export interface Ctx {
  readonly ix: IndexedScenario;
  readonly s: GameState;
  readonly log: GameEvent[];
}
