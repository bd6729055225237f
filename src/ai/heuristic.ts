// The heuristic bot: one step of look-ahead. Each card-level choice (a card for operations, with
// the greedy policy spending its points, a card for its event and target, answering the call,
// passing) is played on a few states dealt from the bot's view, and the one that leaves the best
// projected margin over the best rival (evaluate.ts) is taken. Operation points are spent by the
// greedy policy (policy.ts).
import type { GameHandle, Move, SeatView } from '../rules/index.js';
import type { Bot, BotChoice } from './bot.js';
import { marginOf } from './evaluate.js';
import { explainMove } from './explain.js';
import { factsFor, type Facts } from './facts.js';
import { bestOperation, judgementOf, playAction } from './policy.js';
import { Sampler } from './sample.js';
import { SearchRng } from './search-rng.js';

export interface HeuristicOptions {
  /** States dealt per decision; each move is tried on all of them and its margins averaged. */
  readonly samples: number;
}

export const HEURISTIC_DEFAULTS: HeuristicOptions = { samples: 2 };

/** The one-step choice, and the sampler whose first deal explains it. */
export function greedyChoice(f: Facts, view: SeatView, legal: readonly Move[], srng: SearchRng, samples: number): { move: Move; sampler: Sampler } {
  const sampler = new Sampler(f, view, srng);
  const first = legal[0] as Move;
  if (legal.length === 1) return { move: first, sampler };
  if (view.pending) return { move: bestOperation(sampler.sample, view.seat, legal, f), sampler };
  const states = Array.from({ length: Math.max(1, samples) }, () => sampler.next(srng));
  const judgement = judgementOf(sampler.sample, f);
  let best = first;
  let bestScore = -Infinity;
  for (const move of legal) {
    let sum = 0;
    for (const base of states) {
      const s = sampler.copy(base);
      playAction(s, move, f, judgement);
      sum += marginOf(s, view.seat, f);
    }
    if (sum > bestScore) {
      bestScore = sum;
      best = move;
    }
  }
  return { move: best, sampler };
}

export function makeHeuristic(game: GameHandle, options: HeuristicOptions = HEURISTIC_DEFAULTS): Bot {
  const f = factsFor(game);
  return {
    name: 'heuristic',
    choose(view: SeatView, legal: readonly Move[], rng: number[]): BotChoice {
      const srng = SearchRng.from(rng);
      const { move, sampler } = greedyChoice(f, view, legal, srng, options.samples);
      return { move, explanation: explainMove(f, sampler.sample, move) };
    },
  };
}
