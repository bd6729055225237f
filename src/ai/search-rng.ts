// A small, fast generator for the inside of a search (mulberry32), seeded from the generator
// state the caller passes in, so a bot's choices still follow from that state alone. The search
// draws thousands of numbers per decision; pure-rand's object-per-call interface would dominate.
import { nextInt } from '../rules/index.js';

export class SearchRng {
  private a: number;

  constructor(seed: number) {
    this.a = seed | 0;
  }

  /** A generator seeded by one draw from a pure-rand state (advancing it). */
  static from(rng: number[]): SearchRng {
    return new SearchRng(nextInt(rng, 0, 0x7fffffff));
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    let t = (this.a = (this.a + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A whole number from 0 to n − 1 (n ≥ 1). */
  below(n: number): number {
    return Math.floor((this.next() / 4294967296) * n);
  }

  /** A number in [0, 1). */
  unit(): number {
    return this.next() / 4294967296;
  }
}
