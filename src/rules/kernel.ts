// The rules kernel's public API. Everything outside src/rules/ (the boardgame.io adapter, the
// bots, the runner, the client) talks to the rules through these functions only.
import { applyChecked, applyInPlace, applyLegal } from './apply.js';
import type { Ctx } from './context.js';
import { jsonHash } from './hash.js';
import { legalMovesIn } from './legal.js';
import { indexOf } from './scenario-index.js';
import { resultOf } from './scoring.js';
import { cloneState, createGame, type NewGameOptions } from './state.js';
import { determinize as dealFromView, seatView } from './view.js';
import type { ApplyResult, GameEvent, GameResult, GameState, Move, Power, Scenario, SeatView } from './types.js';

export type { NewGameOptions } from './state.js';
export { registerScenario } from './scenario-index.js';
export { activeSeat } from './view.js';
export { cloneState, rotateOrder } from './state.js';
export { parseMove } from './apply.js';
export { sameMove } from './legal.js';
export { jsonHash } from './hash.js';

/** A new game (R2.1): setup, then round 1's scheduled events and income. */
export function newGame(scenario: Scenario, seed: number, options: NewGameOptions = {}): GameState {
  return createGame(scenario, seed, options).state;
}

/** The same, with the log of what setup and round 1's opening did. */
export function newGameWithLog(scenario: Scenario, seed: number, options: NewGameOptions = {}): { state: GameState; events: GameEvent[] } {
  return createGame(scenario, seed, options);
}

/** Every move `seat` may make now; empty when it is not that seat's turn or the game is over. */
export function legalMoves(state: GameState, seat: Power): Move[] {
  return legalMovesIn(indexOf(state.scenarioId), state, seat);
}

/** Check and apply any input: a new state and the log, or a rejection with its reason. Never throws; never changes `state`. */
export function applyMove(state: GameState, move: unknown): ApplyResult {
  return applyChecked(state, move);
}

/** Apply a move already drawn from `legalMoves` (no checks); returns a new state. */
export function applyLegalMove(state: GameState, move: Move): { state: GameState; events: GameEvent[] } {
  return applyLegal(state, move);
}

/** Apply a legal move to `state` itself, skipping the copy and the log: for playouts that own their state. */
export function applyLegalMoveInPlace(state: GameState, move: Move): void {
  const ctx: Ctx = { ix: indexOf(state.scenarioId), s: state, log: [] };
  applyInPlace(ctx, move);
}

/** What `seat` may know (R11). */
export function viewFor(state: GameState, seat: Power): SeatView {
  return seatView(state, seat);
}

/** A full state consistent with a seat's view, for search that must not peek (STYLE §8). */
export function determinize(view: SeatView, seed: number): GameState {
  return dealFromView(view, seed);
}

/**
 * The legal moves of the seat a view belongs to, from the view alone: legality depends only on
 * public facts and the seat's own hand, so the client and bots need no hidden state for it.
 */
export function legalMovesForView(view: SeatView): Move[] {
  return legalMoves(dealFromView(view, 0), view.seat);
}

/** What the kernel would answer to `move` from this seat, judged from its view: null if legal, else the rejection. */
export function checkMoveInView(view: SeatView, move: unknown): { code: string; reason: string } | null {
  const outcome = applyChecked(dealFromView(view, 0), move);
  return outcome.ok ? null : { code: outcome.code, reason: outcome.reason };
}

export function isOver(state: GameState): boolean {
  return state.over;
}

/** Scores, ranking and winner; every point's reason is in `state.scoreLog`. */
export function result(state: GameState): GameResult {
  return resultOf(indexOf(state.scenarioId), state);
}

/** A short stable hash of a state, for golden tests and replays. */
export function stateHash(state: GameState): string {
  return jsonHash(state);
}

export function copyState(state: GameState): GameState {
  return cloneState(state);
}
