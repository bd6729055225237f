// Shards of a run: N shards own every game of the run exactly once, in N contiguous blocks whose
// sizes differ by at most one, whatever the run's size and first game.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardRange } from '../../src/sim/shard.js';

describe('shardRange', () => {
  it('splits 10 games into 4 blocks of 2, 3, 2 and 3', () => {
    const blocks = [0, 1, 2, 3].map((index) => shardRange({ firstGame: 0, games: 10 }, { index, count: 4 }));
    expect(blocks).toEqual([
      { firstGame: 0, games: 2 },
      { firstGame: 2, games: 3 },
      { firstGame: 5, games: 2 },
      { firstGame: 7, games: 3 },
    ]);
  });

  it('gives every game of the run to exactly one shard, in order, in blocks within one game of each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 200 }), (games, firstGame, wanted) => {
        const count = Math.min(wanted, games);
        let next = firstGame;
        const sizes: number[] = [];
        for (let index = 0; index < count; index++) {
          const block = shardRange({ firstGame, games }, { index, count });
          expect(block.firstGame).toBe(next);
          next += block.games;
          sizes.push(block.games);
        }
        expect(next).toBe(firstGame + games);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('stays exact at the largest run and shard count the command line allows', () => {
    const last = shardRange({ firstGame: 0, games: 100_000_000 }, { index: 99_999, count: 100_000 });
    expect(last).toEqual({ firstGame: 99_999_000, games: 1000 });
  });
});
