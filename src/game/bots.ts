// The bots as the game's seats run them: a request carries only the bot seat's view and its legal
// moves (from legalMovesForView), never the full state. The same function runs in the browser's
// Web Worker and, for headless tests, in process. The handle comes from the bundled scenarios by
// the view's id and must match the view's hash, so a bot never plays one scenario's view with
// another's facts.
import { makeBot, type BotName, type Explanation } from '../ai/index.js';
import { bundledGame, checkState, deriveSeed, isScenarioId, POWERS, seedRng, type GameHandle, type Move, type Power, type SeatView } from '../rules/index.js';

export type { Explanation } from '../ai/index.js';

export interface BotRequest {
  readonly level: BotName;
  readonly view: SeatView;
  readonly legal: readonly Move[];
  /** A pure-rand state for this decision, derived from the game's seed and the step. */
  readonly rng: number[];
}

export interface BotReply {
  readonly move: Move;
  readonly explanation: Explanation;
}

/** The generator state for the bot of `power` at step `step` of a game seeded `seed`. */
export function botRng(seed: number, step: number, power: Power): number[] {
  return seedRng(deriveSeed(seed, step * POWERS.length + POWERS.indexOf(power)));
}

/** The bundled game a view belongs to, or null when the view names no bundled scenario or another version of it. */
export function bundledGameOf(view: SeatView): GameHandle | null {
  if (!isScenarioId(view.scenarioId)) return null;
  const game = bundledGame(view.scenarioId);
  return checkState(game, view) ? null : game;
}

/** The bots of src/ai by difficulty; they see only the request's view and legal moves. Throws on a view of an unknown scenario (a bug). */
export function chooseBotMove(request: BotRequest): BotReply {
  const game = bundledGameOf(request.view);
  if (!game) throw new Error(`no bundled scenario "${request.view.scenarioId}" with hash ${request.view.scenarioHash}`);
  const choice = makeBot(request.level, game).choose(request.view, request.legal, request.rng);
  return { move: choice.move, explanation: choice.explanation };
}
