// The rules kernel's public module. Everything outside src/rules/ (the boardgame.io adapter, the
// bots, the runner, the scripts) talks to the rules through this file only; a lint rule holds the
// line. Every call takes the game handle of the loaded scenario first (STYLE §5): there is no
// registry, and a state played on another scenario is refused with the code 'wrongScenario'.
import { applyChecked, applyInPlace, applyLegal, scenarioMismatch } from './apply.js';
import type { Ctx } from './context.js';
import type { GameHandle } from './handle.js';
import { jsonHash } from './hash.js';
import { legalMovesIn } from './legal.js';
import { resultOf } from './scoring.js';
import { cloneState, createGame, type NewGameOptions } from './state.js';
import { determinize as dealFromView, seatView } from './view.js';
import type { ApplyResult, GameEvent, GameResult, GameState, Move, Power, Rejection, SeatView } from './types.js';

export * from './types.js';
export type { NewGameOptions } from './state.js';
export { openGame, type GameHandle } from './handle.js';
export { RULES_EDITION } from './edition.js';
export { activeSeat } from './view.js';
export { rotateOrder } from './state.js';
export { describeMove, isAction, isOperation, isOperationStep, moveId, parseMove, parseMoveId, sameMove } from './moves.js';
export { jsonHash } from './hash.js';
export { deriveSeed, nextInt, rollDie, seedRng, shuffleInPlace } from './rng.js';
export { parseCatalogue, parseScenario, type CatalogueResult, type ScenarioError, type ScenarioResult } from './load-scenario.js';
export { catalogueJsonSchema, scenarioJsonSchema } from './scenario-schema.js';
export { SCENARIO_IDS, bundledCatalogue, bundledGame, isScenarioId, type ScenarioId } from './scenarios.js';
// Rule queries the bots restate for speed (src/ai/facts.ts), so they follow the rules' own definitions.
export { controlOf, plainInfluence, stabilityOf } from './control.js';
export {
  canAnswerCall,
  culprits,
  DIVIDEND_AT_MOST,
  FALL_BLAME,
  FALL_COST,
  FALL_OTS_READINESS,
  FULL_DIVIDEND_AT_MOST,
  ORDER_RESTORED_AT,
  ORDER_RESTORED_VP,
  OTS_VOICE_AT,
  OTS_VOICE_VP,
  UNREST_SPREADS_AT,
  XINJIANG_PENALTY_AT,
} from './crisis.js';
export {
  CALMING_VP,
  canAfford,
  cardPoints,
  CHINA_DIPLOMACY_INFLUENCE,
  DIPLOMACY_INFLUENCE,
  FOOTHOLD_COST,
  INVEST_RETURN_IP,
  MAX_PLACE_COST,
  OPERATION_COST,
  placeCost,
  STATEMENTS_READINESS,
  turkishAidBuildsReadiness,
} from './operations.js';
export { agendaHolds, CAPITAL_VP, FINAL_CONTROL_FACTOR } from './scoring.js';
export { nextOrder } from './round.js';

/** A new game (R2.1): setup, then round 1's scheduled events and income. */
export function newGame(game: GameHandle, seed: number, options: NewGameOptions = {}): GameState {
  return createGame(game, seed, options).state;
}

/** The same, with the log of what setup and round 1's opening did. */
export function newGameWithLog(game: GameHandle, seed: number, options: NewGameOptions = {}): { state: GameState; events: GameEvent[] } {
  return createGame(game, seed, options);
}

/** Null when `state` belongs to `game`, else the rejection ('wrongScenario') every checked call gives. */
export function checkState(game: GameHandle, state: { readonly scenarioHash: string }): Rejection | null {
  return scenarioMismatch(game, state);
}

/** Every move `seat` may make now; empty when it is not that seat's turn, the game is over, or the state is of another scenario. */
export function legalMoves(game: GameHandle, state: GameState, seat: Power): Move[] {
  if (scenarioMismatch(game, state)) return [];
  return legalMovesIn(game, state, seat);
}

/** Check and apply any input: a new state and the log, or a rejection with its code. Never throws; never changes `state`. */
export function applyMove(game: GameHandle, state: GameState, move: unknown): ApplyResult {
  return applyChecked(game, state, move);
}

/** Apply a move already drawn from `legalMoves` (no checks); returns a new state. */
export function applyLegalMove(game: GameHandle, state: GameState, move: Move): { state: GameState; events: GameEvent[] } {
  return applyLegal(game, state, move);
}

/** Apply a legal move to `state` itself, skipping the copy and the log: for playouts that own their state. */
export function applyLegalMoveInPlace(game: GameHandle, state: GameState, move: Move): void {
  const ctx: Ctx = { ix: game, s: state, log: [] };
  applyInPlace(ctx, move);
}

/** What `seat` may know (R11), with the derived public facts a screen needs (control, stability). */
export function viewFor(game: GameHandle, state: GameState, seat: Power): SeatView {
  return seatView(game, state, seat);
}

/** A full state consistent with a seat's view, for search that must not peek (STYLE §8). */
export function determinize(game: GameHandle, view: SeatView, seed: number): GameState {
  return dealFromView(game, view, seed);
}

/**
 * The legal moves of the seat a view belongs to, from the view alone: legality depends only on
 * public facts and the seat's own hand, so the client and bots need no hidden state for it.
 */
export function legalMovesForView(game: GameHandle, view: SeatView): Move[] {
  if (scenarioMismatch(game, view)) return [];
  return legalMovesIn(game, dealFromView(game, view, 0), view.seat);
}

/** What the kernel would answer to `move` from this seat, judged from its view: null if legal, else the rejection. */
export function checkMoveInView(game: GameHandle, view: SeatView, move: unknown): Rejection | null {
  const mismatch = scenarioMismatch(game, view);
  if (mismatch) return mismatch;
  const outcome = applyChecked(game, dealFromView(game, view, 0), move);
  return outcome.ok ? null : outcome;
}

export function isOver(state: GameState): boolean {
  return state.over;
}

/** Scores, ranking and winner; every point's reason is in `state.scoreLog`. */
export function result(game: GameHandle, state: GameState): GameResult {
  return resultOf(game, state);
}

/** A short stable hash of a state, for golden tests and replays. */
export function stateHash(state: GameState): string {
  return jsonHash(state);
}

export function copyState(state: GameState): GameState {
  return cloneState(state);
}
