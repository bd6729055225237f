// The game's only source of chance (R8). The generator's state lives in GameState.rng, so a saved
// game replays its dice exactly; nothing here reads a clock or the platform's random source.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

/** The generator state for a seed, as plain numbers for the game state. */
export function seedRng(seed: number): number[] {
  return [...xoroshiro128plus(seed | 0).getState()];
}

/** A whole number from `from` to `to` inclusive; advances `rng` in place. */
export function nextInt(rng: number[], from: number, to: number): number {
  const gen = xoroshiro128plusFromState(rng);
  const value = uniformInt(gen, from, to);
  const next = gen.getState();
  for (let i = 0; i < next.length; i++) rng[i] = next[i] as number;
  return value;
}

export function rollDie(rng: number[]): number {
  return nextInt(rng, 1, 6);
}

/** Fisher–Yates shuffle of `items` in place, drawing from `rng`. */
export function shuffleInPlace(rng: number[], items: unknown[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = nextInt(rng, 0, i);
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
}

/** A seed for game `index` of a run seeded `seed`, so runs can be split across workers or machines. */
export function deriveSeed(seed: number, index: number): number {
  // splitmix32-style mixing: nearby (seed, index) pairs give unrelated seeds.
  let z = (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}
