// What every bot is: given only its seat's view and the legal moves, choose one and say why.
// All chance comes from the generator state passed in, so the same seed gives the same choices.
import type { Move, SeatView } from '../rules/types.js';

export interface BotChoice {
  readonly move: Move;
  /** One line for the log, e.g. "Russia deploys to Kazakhstan: unrest 8 → 4, +2 VP". */
  readonly explanation: string;
}

export interface Bot {
  readonly name: BotName;
  /**
   * Choose one of `legal` (never empty). `view` is all the bot may know; `rng` is a pure-rand
   * state array (see src/rules/rng.ts) that the bot advances in place.
   */
  choose(view: SeatView, legal: readonly Move[], rng: number[]): BotChoice;
}

export const BOT_NAMES = ['random', 'heuristic', 'easy', 'medium', 'hard'] as const;
export type BotName = (typeof BOT_NAMES)[number];
