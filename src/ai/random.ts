// The random bot: a uniform choice among the legal moves, the floor every other bot must beat.
import { t } from '../i18n/catalogue.js';
import { nextInt } from '../rules/rng.js';
import type { Move, SeatView } from '../rules/types.js';
import type { Bot, BotChoice } from './bot.js';
import { describeMove } from './explain.js';

export function makeRandom(): Bot {
  return {
    name: 'random',
    choose(_view: SeatView, legal: readonly Move[], rng: number[]): BotChoice {
      const move = legal[nextInt(rng, 0, legal.length - 1)] as Move;
      return { move, explanation: t('ai.explain.plain', { action: describeMove(move) }) };
    },
  };
}
