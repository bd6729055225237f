// The runner's measure of the design (GAME-DESIGN.md, "Design targets"): the figures summary.json's
// `design` object holds, worked out from the game records alone, so merged shards give the same
// object as a single run.

import { POWERS, type ByPower, type Operation, type Power, type UnrestCause } from '../rules/index.js';
import { mean, round4 } from './aggregate.js';
import { CRISIS_SOURCES, isCrisisSource } from './crisis-sources.js';
import { OPERATIONS_OF } from './power-operations.js';
import type { GameRecord } from './record.js';

/** Causes of unrest counted as a push: the fall's reset (R6.5) is its consequence, not a push by anyone. */
export const UNREST_PUSHERS = [...POWERS, 'scheduled', 'check'] as const satisfies readonly UnrestCause[];
type UnrestPusher = (typeof UNREST_PUSHERS)[number];

/** A power's win rate within the games of one crisis outcome. */
export type OutcomeWins = { readonly games: number; readonly draw: number } & ByPower<number>;

/**
 * The figures the second edition's design targets read (GAME-DESIGN.md, Design targets); shares
 * are of games unless said otherwise, means are per game.
 */
export interface Design {
  /** Absolute points from the crisis sources over absolute points from every source, all powers and games. */
  readonly crisisShare: number;
  /** The same, power by power. */
  readonly crisisShareByPower: ByPower<number>;
  readonly crisisSources: readonly string[];
  /** Mean net points per game by reason (every reason seen in the run, for every power). */
  readonly vpBySource: ByPower<Readonly<Record<string, number>>>;
  /** Share of card plays made for the event (R7) rather than for operations. */
  readonly eventShare: ByPower<number> & { readonly all: number };
  /** Share of card plays in which a rival's event fired because its card was played for operations (R7.1). */
  readonly rivalEventsFired: number;
  /** Mean operation steps per game, for each operation the power may take (R5). */
  readonly opsPerGame: ByPower<Readonly<Partial<Record<Operation, number>>>>;
  readonly regime: {
    /** Shares of games by the regime's state at the end (R6); a game that never called counts as neither. */
    readonly rescued: number;
    readonly rescuedByRussia: number;
    readonly rescuedByTurkey: number;
    readonly rescuedByChina: number;
    readonly fell: number;
    readonly called: number;
    /** Mean round of the call over the games with a call; null if none called. */
    readonly meanCallRound: number | null;
  };
  /** Games and win rates by crisis outcome: rescuedByRussia, rescuedByTurkey and fell always (in that order), then neverCalled, stillCalling or rescuedByChina when they occur. */
  readonly winsByOutcome: Readonly<Record<string, OutcomeWins>>;
  /** Mean steps of unrest raised per game, by who raised them. */
  readonly unrestRaisedBy: Readonly<Record<UnrestPusher, number>>;
  /** Mean steps of unrest lowered per game, by who lowered them. */
  readonly unrestLoweredBy: Readonly<Record<UnrestPusher, number>>;
  readonly margin: {
    /** Share of games in which the first's VP minus the second's is 2 or less (draws included). */
    readonly le2: number;
    /** Share of games in which the first two have equal VP (a tie-break decided, or a draw). */
    readonly tieBreak: number;
    /** Mean of the first's VP minus the second's. */
    readonly mean: number;
  };
  /** Of the games with one power strictly ahead after the middle scoring (GameRecord.midVp), the share it won; null if none. */
  readonly leaderAfterMidScoringWins: number | null;
  /** How many games that share is of. */
  readonly leaderAfterMidScoringGames: number;
  /** Shares of games by whom the capital listened to at the end (R6.7). */
  readonly capitalAtEnd: ByPower<number> & { readonly nobody: number };
}

/** `total / of`, rounded; 0 when there is nothing to divide by (a share of no games, a mean over none). */
function ratio(total: number, of: number): number {
  return of > 0 ? round4(total / of) : 0;
}

function byPusher(value: (cause: UnrestPusher) => number): Record<UnrestPusher, number> {
  return { russia: value('russia'), turkey: value('turkey'), china: value('china'), scheduled: value('scheduled'), check: value('check') };
}

/** "rescuedByRussia" and the like. */
function outcomeOf(g: GameRecord): string {
  if (g.regime === 'fallen') return 'fell';
  if (g.regime === 'rescued' && g.rescuedBy) return `rescuedBy${g.rescuedBy[0]?.toUpperCase()}${g.rescuedBy.slice(1)}`;
  return g.regime === 'calling' ? 'stillCalling' : 'neverCalled';
}

/** The outcomes the design targets name, reported even when no game had them. */
const NAMED_OUTCOMES = ['rescuedByRussia', 'rescuedByTurkey', 'fell'] as const;

/** The design figures of `games`, sorted by index (so sums run in one order and round the same). */
export function measureDesign(games: readonly GameRecord[]): Design {
  const n = games.length;

  // Points by source.
  const reasons = new Set<string>();
  for (const g of games) for (const v of g.vpTally) reasons.add(v.reason);
  const reasonList = [...reasons].sort();
  const netByReason = {} as ByPower<Map<string, number>>;
  const abs = { russia: 0, turkey: 0, china: 0 };
  const crisisAbs = { russia: 0, turkey: 0, china: 0 };
  for (const p of POWERS) netByReason[p] = new Map(reasonList.map((r) => [r, 0]));
  for (const g of games) {
    for (const v of g.vpTally) {
      const net = netByReason[v.power];
      net.set(v.reason, (net.get(v.reason) ?? 0) + v.amount);
      abs[v.power] += Math.abs(v.amount);
      if (isCrisisSource(v)) crisisAbs[v.power] += Math.abs(v.amount);
    }
  }
  const vpBySource = {} as ByPower<Record<string, number>>;
  const crisisShareByPower = {} as ByPower<number>;
  for (const p of POWERS) {
    vpBySource[p] = Object.fromEntries(reasonList.map((r) => [r, ratio(netByReason[p].get(r) ?? 0, n)]));
    crisisShareByPower[p] = ratio(crisisAbs[p], abs[p]);
  }
  const sum = (x: ByPower<number>): number => x.russia + x.turkey + x.china;

  // Cards and operations.
  const plays = { russia: 0, turkey: 0, china: 0 };
  const events = { russia: 0, turkey: 0, china: 0 };
  const opTotals = {} as ByPower<Map<Operation, number>>;
  for (const p of POWERS) opTotals[p] = new Map(OPERATIONS_OF[p].map((op) => [op, 0]));
  for (const g of games) {
    for (const play of g.plays) {
      plays[play.power] += 1;
      if (play.mode === 'event') events[play.power] += 1;
    }
    for (const p of POWERS) for (const op of OPERATIONS_OF[p]) opTotals[p].set(op, (opTotals[p].get(op) ?? 0) + g.ops[p][op]);
  }
  const opsPerGame = {} as ByPower<Partial<Record<Operation, number>>>;
  for (const p of POWERS) opsPerGame[p] = Object.fromEntries(OPERATIONS_OF[p].map((op) => [op, ratio(opTotals[p].get(op) ?? 0, n)]));

  // The crisis and who won in each of its outcomes.
  const outcomes = new Map<string, { games: number; wins: ByPower<number>; draws: number }>(
    NAMED_OUTCOMES.map((o) => [o, { games: 0, wins: { russia: 0, turkey: 0, china: 0 }, draws: 0 }]),
  );
  const callRounds: number[] = [];
  const raised = byPusher(() => 0);
  const lowered = byPusher(() => 0);
  const capital = { russia: 0, turkey: 0, china: 0, nobody: 0 };
  for (const g of games) {
    const key = outcomeOf(g);
    const tally = outcomes.get(key) ?? { games: 0, wins: { russia: 0, turkey: 0, china: 0 }, draws: 0 };
    tally.games += 1;
    if (g.winner) tally.wins[g.winner] += 1;
    else tally.draws += 1;
    outcomes.set(key, tally);
    if (g.calledInRound > 0) callRounds.push(g.calledInRound);
    for (const c of UNREST_PUSHERS) {
      raised[c] += g.unrestUp[c];
      lowered[c] += g.unrestDown[c];
    }
    capital[g.capital ?? 'nobody'] += 1;
  }
  const winsByOutcome: Record<string, OutcomeWins> = {};
  // The named outcomes in their order (the map was seeded with them), then any other by name.
  const named = new Set<string>(NAMED_OUTCOMES);
  const others = [...outcomes].filter(([key]) => !named.has(key)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [key, o] of [...[...outcomes].filter(([key]) => named.has(key)), ...others]) {
    winsByOutcome[key] = {
      games: o.games,
      russia: ratio(o.wins.russia, o.games),
      turkey: ratio(o.wins.turkey, o.games),
      china: ratio(o.wins.china, o.games),
      draw: ratio(o.draws, o.games),
    };
  }
  const rescuedBy = (p: Power): number => games.filter((g) => g.regime === 'rescued' && g.rescuedBy === p).length;

  // The finish.
  let close = 0;
  let level = 0;
  let marginSum = 0;
  let ledGames = 0;
  let leaderWon = 0;
  for (const g of games) {
    const [first = 0, second = 0] = POWERS.map((p) => g.vp[p]).sort((a, b) => b - a);
    if (first - second <= 2) close += 1;
    if (first === second) level += 1;
    marginSum += first - second;
    if (g.midVp) {
      const mid = g.midVp;
      const [top, next] = [...POWERS].sort((a, b) => mid[b] - mid[a]);
      if (top && next && mid[top] > mid[next]) {
        ledGames += 1;
        if (g.winner === top) leaderWon += 1;
      }
    }
  }

  return {
    crisisShare: ratio(sum(crisisAbs), sum(abs)),
    crisisShareByPower,
    crisisSources: [...CRISIS_SOURCES],
    vpBySource,
    eventShare: {
      all: ratio(sum(events), sum(plays)),
      russia: ratio(events.russia, plays.russia),
      turkey: ratio(events.turkey, plays.turkey),
      china: ratio(events.china, plays.china),
    },
    rivalEventsFired: ratio(
      games.reduce((n, r) => n + r.rivalEvents, 0),
      sum(plays),
    ),
    opsPerGame,
    regime: {
      rescued: ratio(games.filter((g) => g.regime === 'rescued').length, n),
      rescuedByRussia: ratio(rescuedBy('russia'), n),
      rescuedByTurkey: ratio(rescuedBy('turkey'), n),
      rescuedByChina: ratio(rescuedBy('china'), n),
      fell: ratio(games.filter((g) => g.regime === 'fallen').length, n),
      called: ratio(callRounds.length, n),
      meanCallRound: callRounds.length > 0 ? mean(callRounds) : null,
    },
    winsByOutcome,
    unrestRaisedBy: byPusher((c) => ratio(raised[c], n)),
    unrestLoweredBy: byPusher((c) => ratio(lowered[c], n)),
    margin: { le2: ratio(close, n), tieBreak: ratio(level, n), mean: ratio(marginSum, n) },
    leaderAfterMidScoringWins: ledGames > 0 ? round4(leaderWon / ledGames) : null,
    leaderAfterMidScoringGames: ledGames,
    capitalAtEnd: { nobody: ratio(capital.nobody, n), russia: ratio(capital.russia, n), turkey: ratio(capital.turkey, n), china: ratio(capital.china, n) },
  };
}
