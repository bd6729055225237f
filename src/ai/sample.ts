// Dealing the hidden cards for a search, from a seat's view only (R11, STYLE §8). The kernel's
// `determinize(game, view, seed)` deals one full state consistent with the view; further samples are the
// same deal reshuffled: the cards the seat cannot see (the other hands and the draw pile together)
// are shuffled and dealt again by the same counts, other agendas are drawn again from their
// owners' agendas, and the dice get a fresh generator. That is the distribution `determinize`
// draws from, at the cost of a copy instead of a rebuild.
import { copyState, determinize, POWERS, seedRng, type GameState, type Power, type SeatView } from '../rules/index.js';
import type { Facts } from './facts.js';
import type { SearchRng } from './search-rng.js';

export class Sampler {
  readonly seat: Power;
  /** The first deal, as the kernel's `determinize` made it; callers must not change it. */
  readonly sample: GameState;
  private readonly facts: Facts;
  private readonly pool: string[] = [];

  constructor(facts: Facts, view: SeatView, rng: SearchRng) {
    this.seat = view.seat;
    this.sample = determinize(facts.ix, view, rng.next() | 0);
    this.facts = facts;
  }

  /** A private copy of a state this sampler dealt. */
  copy(s: GameState): GameState {
    return copyState(s);
  }

  /** A fresh full state consistent with the view, owned by the caller. */
  next(rng: SearchRng): GameState {
    return this.redeal(copyState(this.sample), rng);
  }

  /**
   * Deal the cards the seat cannot see again, in place, on a state that descends from this
   * sampler's deals (the seat's own hand is kept), and give the dice a fresh generator.
   */
  redeal(s: GameState, rng: SearchRng): GameState {
    const pool = this.pool;
    pool.length = 0;
    for (const p of POWERS) if (p !== this.seat) for (const c of s.hands[p]) pool.push(c);
    for (const c of s.deck) pool.push(c);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      const tmp = pool[i] as string;
      pool[i] = pool[j] as string;
      pool[j] = tmp;
    }
    let at = 0;
    for (const p of POWERS) {
      if (p === this.seat) continue;
      const hand = s.hands[p];
      for (let k = 0; k < hand.length; k++) hand[k] = pool[at++] as string;
      const own = this.facts.agendasOf[p];
      if (s.agendas[p] !== null && own.length > 0) s.agendas[p] = own[rng.below(own.length)] ?? null;
    }
    for (let k = 0; k < s.deck.length; k++) s.deck[k] = pool[at++] as string;
    s.rng = seedRng(rng.next() | 0);
    return s;
  }
}
