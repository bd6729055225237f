// What every bot is: given only its seat's view and the legal moves, choose one and say why.
// All chance comes from the generator state passed in, so the same seed gives the same choices.
import type { Message, Move, SeatView } from '../rules/index.js';

/**
 * Why a bot chose a move, as codes: a template key (`ai.explain.*`) with its params, the move as a
 * message and the effects the bot foresaw ("Russia answers the call for help: unrest 8 → 4, +2
 * VP" once the edge has put it into words). Saves keep this, never a sentence.
 */
export interface Explanation extends Message {
  readonly move: Message;
  readonly effects: readonly Message[];
}

export interface BotChoice {
  readonly move: Move;
  readonly explanation: Explanation;
}

export interface Bot {
  readonly name: BotName;
  /**
   * Choose one of `legal` (never empty). `view` is all the bot may know (of the game whose handle
   * the bot was made with); `rng` is a pure-rand state array (src/rules/rng.ts) that the bot
   * advances in place.
   */
  choose(view: SeatView, legal: readonly Move[], rng: number[]): BotChoice;
}

export const BOT_NAMES = ['random', 'heuristic', 'easy', 'medium', 'hard'] as const;
export type BotName = (typeof BOT_NAMES)[number];
