// Bots as the browser runs them: a request carries only the bot seat's view and its legal moves
// (from legalMovesForView), never the full state. The same function runs in the Web Worker and,
// for headless tests, in process.
import { makeBot } from '../ai/index.js';
import { seedRng, deriveSeed } from '../rules/rng.js';
import { POWERS, type Move, type Power, type SeatView } from '../rules/types.js';
import type { BotLevel } from './types.js';

export interface BotRequest {
  readonly level: BotLevel;
  readonly view: SeatView;
  readonly legal: readonly Move[];
  /** A pure-rand state for this decision, derived from the game's seed and the step. */
  readonly rng: number[];
}

export interface BotReply {
  readonly move: Move;
  readonly explanation: string;
}

export interface BotRunner {
  choose(request: BotRequest): Promise<BotReply>;
  dispose(): void;
}

/** The generator state for the bot of `power` at step `step` of a game seeded `seed`. */
export function botRng(seed: number, step: number, power: Power): number[] {
  return seedRng(deriveSeed(seed, step * POWERS.length + POWERS.indexOf(power)));
}

/** The bots of src/ai by difficulty; they see only the request's view and legal moves. */
export function chooseBotMove(request: BotRequest): BotReply {
  const choice = makeBot(request.level).choose(request.view, request.legal, request.rng);
  return { move: choice.move, explanation: choice.explanation };
}

/** Runs bots in the page itself: for tests, and as a fallback where workers are unavailable. */
export class InlineBotRunner implements BotRunner {
  choose(request: BotRequest): Promise<BotReply> {
    return Promise.resolve(chooseBotMove(request));
  }
  dispose(): void {}
}
