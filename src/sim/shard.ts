// Which games a shard of a run owns, so a run can be split over machines (a Kubernetes Indexed Job
// runs one shard per pod) and merged back into exactly the single run.
//
// A run of G games from index F split into N shards: shard K (0-based) plays the contiguous block
// of indexes [F + ⌊K·G/N⌋, F + ⌊(K+1)·G/N⌋); block sizes differ by at most one game. Contiguous,
// not strided (i mod N), because a block is exactly the run `--first-game F + ⌊K·G/N⌋ --games …`:
// a shard's folder is an ordinary run whose summary says it is contiguous and whose report's
// "play these games again" command works. And with --rotate-seats and --rotate-order (period 3 and
// 9 in the game index) every block of 9 or more games sees each seating and turn order about
// equally often, where i mod 3 shards would each keep a single seating.

/** Where `--shards N` reads its shard's index: the variable Kubernetes sets in an Indexed Job's pods. */
export const SHARD_INDEX_ENV = 'JOB_COMPLETION_INDEX';

export interface Shard {
  /** 0-based, below count. */
  readonly index: number;
  readonly count: number;
}

export interface GameRange {
  readonly firstGame: number;
  readonly games: number;
}

/** The games shard `shard` owns of the `run`; empty only when the run has fewer games than shards. */
export function shardRange(run: GameRange, shard: Shard): GameRange {
  const start = Math.floor((shard.index * run.games) / shard.count);
  const end = Math.floor(((shard.index + 1) * run.games) / shard.count);
  return { firstGame: run.firstGame + start, games: end - start };
}
