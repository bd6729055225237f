// The strong bot: information-set Monte Carlo tree search (single observer, Cowling, Powley and
// Whitehouse 2012) for three players, searching whole actions and the bot's own operation steps.
//
// - Every simulation deals a full state from the bot's view only (sample.ts: the other hands, the
//   draw pile and the dice are drawn again), so the search never sees what the seat cannot. Moves
//   that exist only in some deals (another power's cards) are chosen with availability counts.
// - A tree edge is a whole action: a card for operations (then spent by the greedy policy,
//   policy.ts), a card for its event and target, answering the call, or passing.
// - The bot's own operation points are searched too, one step at a time: at each step the few
//   steps the greedy policy ranks highest (`opsWidth`) are compared by simulations that finish the
//   action greedily and play the replies (`opsIterations`; 0 leaves the step to the policy).
// - Max^n: each node keeps the reward of the power that moved into it, and a power choosing at a
//   node maximises its own reward (its projected margin over its rivals, mostly the best one,
//   evaluate.ts), not a two-sided win flag.
// - Each simulation plays the bot's action, then the next `horizon` actions (the others' replies,
//   and the bot's own next action if it comes within the horizon), stopping at the end of the
//   round if `stopAtRoundEnd` (hard goes on past it), and scores the position with the
//   evaluation. Below the root a node widens progressively: it first tries the reply a cheap
//   prior ranks highest (answer a call; the strongest card for operations), more as it is visited.
// - At the root, sequential halving: every move gets the same deals and dice (common random
//   numbers, so moves are compared on equal luck), the worse half is dropped, and again, until
//   one is left. The state after the bot's own action is computed once per root move (a few
//   times if it involves chance) and only the hidden cards are dealt again for each simulation.
// - Budgets are counts of simulations, never time, so a seeded game plays the same on any machine.
import { activeSeat, copyState, legalMoves, moveId, POWERS, type GameHandle, type GameState, type Move, type SeatView } from '../rules/index.js';
import type { Bot, BotChoice, BotName } from './bot.js';
import { portable, rewards, W } from './evaluate.js';
import { explainMove } from './explain.js';
import { factsFor, type Facts } from './facts.js';
import { bestOperation, judgementOf, playAction, topOperations, type Judgement } from './policy.js';
import { Sampler } from './sample.js';
import { SearchRng } from './search-rng.js';

export interface IsmctsOptions {
  /** Simulations per card-level decision. */
  readonly iterations: number;
  /** UCB exploration constant below the root (rewards are in [0, 1]). */
  readonly exploration: number;
  /** Actions simulated after the bot's own (any power's, its own later ones too), at most; the round's end stops them. */
  readonly horizon: number;
  /** Whether the end of the round (its unrest check and scoring) also ends a simulation. */
  readonly stopAtRoundEnd: boolean;
  /** Progressive widening: a node may have 1 + ⌊widening × √visits⌋ children. */
  readonly widening: number;
  /** Simulations per operation step of the bot's own (0: the greedy policy alone chooses). */
  readonly opsIterations: number;
  /** Operation steps the greedy policy ranks highest that the search compares. */
  readonly opsWidth: number;
  /** `horizon` for the search of the bot's own operation steps. */
  readonly opsHorizon: number;
  /** States kept per root move whose action involves chance (dice, draws). */
  readonly templates: number;
  /** Projected margin at which a reward is halfway to its bound (evaluate.ts's squash). */
  readonly margin: number;
  /** Share of a power's margin taken over its weaker rival rather than its best (evaluate.ts's rewards). */
  readonly weakerRival: number;
  /** The name the bot reports (the difficulty it stands for). */
  readonly name: BotName;
}

/** The settings every difficulty starts from (index.ts sets the budgets). */
export const ISMCTS_DEFAULTS: IsmctsOptions = {
  iterations: 60,
  exploration: 0.35,
  horizon: 2,
  stopAtRoundEnd: true,
  widening: 0.5,
  opsIterations: 0,
  opsWidth: 4,
  opsHorizon: 2,
  templates: 6,
  // The evaluation's own scale; hard sets its own (index.ts).
  margin: W.margin,
  weakerRival: 0,
  name: 'medium',
};

interface Node {
  readonly move: Move | null;
  readonly key: string;
  /** Index in POWERS of the power that made `move`; -1 at the root. */
  readonly mover: number;
  readonly children: Map<string, Node>;
  visits: number;
  /** Times this node's move was legal when its parent was reached (ISMCTS availability). */
  avail: number;
  /** Sum of the mover's rewards. */
  total: number;
  /** Root edges only: states kept after the seat's own action (see afterRootMove). */
  readonly templates: GameState[];
  stochastic: boolean;
}

function newNode(move: Move | null, key: string, mover: number): Node {
  return { move, key, mover, children: new Map(), visits: 0, avail: 0, total: 0, templates: [], stochastic: false };
}

export interface SearchResult {
  readonly move: Move;
  /** Simulations run. */
  readonly iterations: number;
  /** Root statistics by move key: simulations and mean reward, for tests and the bench. */
  readonly stats: ReadonlyMap<string, { readonly visits: number; readonly mean: number }>;
}

/** A cheap ranking of card-level moves, used to order a node's first replies (no simulation). */
function prior(f: Facts, m: Move): number {
  switch (m.type) {
    case 'answerCall':
      return 10;
    case 'playOps':
      return (f.cards.get(m.card)?.ops ?? 1) + 0.2;
    case 'playEvent': {
      const card = f.cards.get(m.card);
      return (card?.ops ?? 1) + (card?.side === m.power ? 0.1 : -0.4);
    }
    case 'pass':
      return -10;
    default:
      return 0;
  }
}

/** Mix a simulation's number into a seed (splitmix-style), for common random numbers at the root. */
function simulationSeed(base: number, index: number): number {
  let z = (base + Math.imul(index + 1, 0x9e3779b1)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

class Search {
  private readonly f: Facts;
  private readonly seat: number;
  /** How each power weighs its rivals when it spends points, fixed for the whole search. */
  private readonly judgement: Judgement;
  private readonly out = new Float64Array(3);
  private readonly path: Node[] = [];
  private readonly untried: Move[] = [];
  private readonly available: Node[] = [];
  simulations = 0;

  constructor(
    f: Facts,
    private readonly view: SeatView,
    private readonly sampler: Sampler,
    private readonly o: IsmctsOptions,
  ) {
    this.f = f;
    this.seat = POWERS.indexOf(view.seat);
    this.judgement = judgementOf(sampler.sample, this.f);
  }

  /** One simulation through root edge `edge` with the deal and dice of simulation `index`. */
  simulate(edge: Node, index: number, seed: number): void {
    const rng = new SearchRng(seed);
    const s = this.afterRootMove(edge, index, rng);
    const path = this.path;
    path.length = 0;
    path.push(edge);
    let node = edge;
    const round = s.round;
    for (let a = 0; a < this.o.horizon; a++) {
      if (s.over || (this.o.stopAtRoundEnd && s.round !== round)) break;
      const power = activeSeat(s);
      const next = this.step(node, s, POWERS.indexOf(power));
      if (!next) break;
      playAction(s, next.move as Move, this.f, this.judgement);
      path.push(next);
      node = next;
    }
    rewards(s, this.out, this.f, this.o.margin, this.o.weakerRival);
    for (const n of path) {
      n.visits++;
      n.total += this.out[n.mover] ?? 0;
    }
    this.simulations++;
  }

  /** The tree policy at `node` for the power to act: widen by the prior, else UCB on its own reward. */
  private step(node: Node, s: GameState, mover: number): Node | null {
    const power = POWERS[mover];
    if (power === undefined) return null;
    const moves = legalMoves(this.f.ix, s, power);
    const untried = this.untried;
    const available = this.available;
    untried.length = 0;
    available.length = 0;
    // Most nodes below the root are new (a simulation's first visit): nothing to look up by key.
    if (node.children.size === 0) untried.push(...moves);
    else {
      for (const m of moves) {
        const child = node.children.get(moveId(m));
        if (child) {
          child.avail++;
          available.push(child);
        } else untried.push(m);
      }
    }
    const allowed = 1 + Math.floor(this.o.widening * Math.sqrt(node.visits));
    if (untried.length > 0 && (available.length < allowed || available.length === 0)) {
      let best = untried[0] as Move;
      let bestPrior = prior(this.f, best);
      for (let i = 1; i < untried.length; i++) {
        const m = untried[i] as Move;
        const p = prior(this.f, m);
        if (p > bestPrior) {
          best = m;
          bestPrior = p;
        }
      }
      const key = moveId(best);
      const child = newNode(best, key, mover);
      child.avail = 1;
      node.children.set(key, child);
      return child;
    }
    let chosen: Node | null = null;
    let bestValue = -Infinity;
    const c = this.o.exploration;
    for (const child of available) {
      const value = child.visits === 0 ? Infinity : child.total / child.visits + c * Math.sqrt(logOf(child.avail) / child.visits);
      if (value > bestValue) {
        bestValue = value;
        chosen = child;
      }
    }
    return chosen;
  }

  /**
   * A fresh state after the root move of `edge`. What the seat's own action does does not depend
   * on the others' cards, so the edge keeps the state after its action and each simulation
   * redeals the hidden cards on a copy. If the action involves chance (dice, draws, the end of the
   * round), up to `templates` such states are kept and simulation `index` uses number index mod K.
   */
  private afterRootMove(edge: Node, index: number, rng: SearchRng): GameState {
    const kept = edge.templates;
    const wanted = edge.stochastic ? this.o.templates : 1;
    const at = index % Math.max(1, wanted);
    if (at >= kept.length) {
      const s = this.sampler.next(rng);
      const before = s.rng.slice();
      const deck = s.deck.length;
      playAction(s, edge.move as Move, this.f, this.judgement);
      if (kept.length === 0) edge.stochastic = s.deck.length !== deck || !sameNumbers(before, s.rng);
      kept.push(s);
      return this.sampler.redeal(copyState(s), rng);
    }
    return this.sampler.redeal(copyState(kept[at] as GameState), rng);
  }
}

const logs: number[] = [];

/** ln n for UCB, rounded so that every engine agrees (see portable in evaluate.ts); cached. */
function logOf(n: number): number {
  let v = logs[n];
  if (v === undefined) {
    v = portable(Math.log(n));
    logs[n] = v;
  }
  return v;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function mean(n: Node): number {
  return n.visits > 0 ? n.total / n.visits : -Infinity;
}

/**
 * Search a card-level decision of `view.seat` (`legal` are that decision's moves): sequential
 * halving over the root moves with common random numbers, ISMCTS below them.
 */
export function search(f: Facts, view: SeatView, legal: readonly Move[], srng: SearchRng, options: IsmctsOptions, sampler: Sampler): SearchResult {
  const seat = POWERS.indexOf(view.seat);
  const run = new Search(f, view, sampler, options);
  let survivors: Node[] = legal.map((m) => newNode(m, moveId(m), seat));
  const all = survivors.slice();
  const base = srng.next() | 0;
  let phases = 1;
  while (2 ** phases < survivors.length) phases++;
  let index = 0;
  for (let phase = 0; phase < phases && survivors.length > 1; phase++) {
    const spent = run.simulations;
    const left = options.iterations - spent;
    const share = Math.floor(left / (phases - phase) / survivors.length);
    const per = Math.max(1, share);
    for (let j = 0; j < per; j++, index++) {
      const seed = simulationSeed(base, index);
      for (const edge of survivors) run.simulate(edge, index, seed);
    }
    // Keep the better half; ties keep the legal-move order (sort is stable).
    survivors = survivors.slice().sort((a, b) => mean(b) - mean(a));
    survivors = survivors.slice(0, Math.ceil(survivors.length / 2));
  }
  const chosen = survivors[0] ?? all[0];
  const stats = new Map<string, { visits: number; mean: number }>();
  for (const edge of all) stats.set(edge.key, { visits: edge.visits, mean: edge.visits > 0 ? edge.total / edge.visits : 0 });
  return { move: (chosen?.move ?? legal[0]) as Move, iterations: run.simulations, stats };
}

export function makeIsmcts(game: GameHandle, options: Partial<IsmctsOptions> = {}): Bot {
  const o: IsmctsOptions = { ...ISMCTS_DEFAULTS, ...options };
  const f = factsFor(game);
  return {
    name: o.name,
    choose(view: SeatView, legal: readonly Move[], rng: number[]): BotChoice {
      const srng = SearchRng.from(rng);
      const sampler = new Sampler(f, view, srng);
      let move: Move;
      if (legal.length === 1) move = legal[0] as Move;
      else if (view.pending && o.opsIterations <= 0) move = bestOperation(sampler.sample, view.seat, legal, f);
      else if (view.pending) {
        const top = topOperations(sampler.sample, view.seat, legal, o.opsWidth, f);
        move = top.length > 1 ? search(f, view, top, srng, { ...o, iterations: o.opsIterations, horizon: o.opsHorizon }, sampler).move : (top[0] ?? (legal[0] as Move));
      } else move = search(f, view, legal, srng, o, sampler).move;
      return { move, explanation: explainMove(f, sampler.sample, move) };
    },
  };
}
