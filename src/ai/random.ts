// The random bot: a uniform choice among the legal moves, the floor every other bot must beat.
import { describeMove, nextInt, type Move, type SeatView } from '../rules/index.js';
import type { Bot, BotChoice } from './bot.js';
import { plainExplanation } from './explain.js';

export function makeRandom(): Bot {
  return {
    name: 'random',
    choose(_view: SeatView, legal: readonly Move[], rng: number[]): BotChoice {
      const move = legal[nextInt(rng, 0, legal.length - 1)] as Move;
      return { move, explanation: plainExplanation(describeMove(move)) };
    },
  };
}
