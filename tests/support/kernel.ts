// The kernel as the rule tests drive it: the public API with the game handle found from the state
// itself, so a test reads `play(state, move)` instead of threading the handle through every line.
// The lookup is by the scenario's content hash, filled as handles are opened here; it exists only
// in tests (the kernel has no registry), and tests of the handle itself use src/rules directly.
import * as kernel from '../../src/rules/index.js';
import type { GameEvent, GameHandle, GameResult, GameState, Move, NewGameOptions, Power, Rejection, Scenario, SeatView } from '../../src/rules/index.js';

export { activeSeat, copyState, parseMove, stateHash } from '../../src/rules/index.js';

const byHash = new Map<string, GameHandle>();
const byScenario = new WeakMap<Scenario, GameHandle>();

/** The handle of `scenario`, opened once per scenario object. */
export function handleOf(scenario: Scenario | GameHandle): GameHandle {
  if ('hash' in scenario) {
    byHash.set(scenario.hash, scenario);
    return scenario;
  }
  const known = byScenario.get(scenario);
  if (known) return known;
  const game = kernel.openGame(scenario);
  byScenario.set(scenario, game);
  byHash.set(game.hash, game);
  return game;
}

/** The handle a state (or a view) was made with. */
export function gameOf(state: { readonly scenarioHash: string }): GameHandle {
  const game = byHash.get(state.scenarioHash);
  if (!game) throw new Error(`test support: no handle opened for scenario hash ${state.scenarioHash}`);
  return game;
}

/** A bundled scenario's fixed facts (its handle is known to the helpers here). */
export function bundledScenario(id: kernel.ScenarioId): Scenario {
  return handleOf(kernel.bundledGame(id)).scenario;
}

export function newGame(scenario: Scenario | GameHandle, seed: number, options: NewGameOptions = {}): GameState {
  return kernel.newGame(handleOf(scenario), seed, options);
}

export function newGameWithLog(scenario: Scenario | GameHandle, seed: number, options: NewGameOptions = {}): { state: GameState; events: GameEvent[] } {
  return kernel.newGameWithLog(handleOf(scenario), seed, options);
}

export function legalMoves(state: GameState, seat: Power): Move[] {
  return kernel.legalMoves(gameOf(state), state, seat);
}

export function applyMove(state: GameState, move: unknown): kernel.ApplyResult {
  return kernel.applyMove(gameOf(state), state, move);
}

export function applyLegalMoveInPlace(state: GameState, move: Move): void {
  kernel.applyLegalMoveInPlace(gameOf(state), state, move);
}

export function viewFor(state: GameState, seat: Power): SeatView {
  return kernel.viewFor(gameOf(state), state, seat);
}

export function determinize(view: SeatView, seed: number): GameState {
  return kernel.determinize(gameOf(view), view, seed);
}

export function legalMovesForView(view: SeatView): Move[] {
  return kernel.legalMovesForView(gameOf(view), view);
}

export function checkMoveInView(view: SeatView, move: unknown): Rejection | null {
  return kernel.checkMoveInView(gameOf(view), view, move);
}

export function result(state: GameState): GameResult {
  return kernel.result(gameOf(state), state);
}
