// From per-game records to the run's summary. Pure and order-independent: records are sorted by
// game index first, and every figure is rounded the same way, so the same games always give the
// same summary.json bytes whatever the worker count or the way the run was sharded.
import { BOT_NAMES, type BotName } from '../ai/bot.js';
import { POWERS, REGIME_STATES, rotateOrder, type ByPower, type Power, type RegimeState } from '../rules/index.js';
import { measureDesign, type Design } from './design.js';
import type { GameRecord } from './record.js';

export { UNREST_PUSHERS, type Design, type OutcomeWins } from './design.js';

/** What a run is, apart from its games: written to summary.json and read back by --merge. */
export interface RunMeta {
  /** The scenario's id. */
  readonly scenario: string;
  /** What was given to --scenario: a bundled id or a file path. */
  readonly scenarioSource: string;
  /** A hash of the loaded scenario, so runs of different files with the same id never merge. */
  readonly scenarioHash: string;
  /** Rounds in the scenario (R2.2), for the balance check on game length. */
  readonly scenarioRounds: number;
  readonly seed: number;
  /** The bot list in seat order; game i rotates it by i mod 3 when rotateSeats. */
  readonly bots: ByPower<BotName>;
  readonly rotateSeats: boolean;
  /** Whether round 1's turn order was rotated from game to game (RunSpec.rotateOrder). */
  readonly rotateOrder: boolean;
  /** The scenario's round 1 turn order, before any rotation (R4.2). */
  readonly firstOrder: readonly Power[];
  readonly agendas: boolean;
  /** Card ids of the scenario's deck, so the card table lists cards nobody played too. */
  readonly cards: readonly string[];
  /** Games the run was asked for (the sum over merged shards). */
  readonly gamesPlanned: number;
  /** False when the run was interrupted before every planned game finished. */
  readonly complete: boolean;
}

/** A proportion with its 95% Wilson score interval. */
export interface Rate {
  readonly count: number;
  readonly games: number;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
}

export interface SeatRate extends Rate {
  readonly bot: BotName;
  readonly power: Power;
}

export interface ScoreStats {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** Games per VP value from scoreRange.from to scoreRange.to. */
  readonly histogram: readonly number[];
}

/** How often the power that acted at a place in round 1's turn order won. */
export interface PlaceRate extends Rate {
  /** 1 = acted first in round 1. */
  readonly place: number;
}

export interface MoveCount {
  readonly move: string;
  readonly count: number;
}

export interface FirstMoves {
  /** The five most frequent first actions, most frequent first (ties by name). */
  readonly top: readonly MoveCount[];
  /** Share of all games in which the power opened with its most frequent first action. */
  readonly topShare: number;
  /** Distinct first actions seen. */
  readonly distinct: number;
}

export interface CardOutcome {
  readonly games: number;
  readonly wins: number;
  readonly rate: number;
}

/** A power's win rate in games where it played the card for its event, for operations, or not at all. */
export interface CardImpact {
  readonly event: CardOutcome;
  readonly ops: CardOutcome;
  readonly none: CardOutcome;
}

export interface CardStats {
  readonly card: string;
  /** Times the card was played (any power, any mode). */
  readonly plays: number;
  readonly byPower: ByPower<CardImpact>;
}

/** How often a bot in one seat finished ahead of another bot (R10.3's ranking: points, then the tie-break winner). */
export interface HeadToHead extends Rate {
  readonly bot: BotName;
  readonly power: Power;
  readonly rival: BotName;
}

/** The run facts (but the card list) and everything measured over its games. */
export interface Summary extends Omit<RunMeta, 'cards'> {
  readonly games: number;
  /** Lowest game index in the summary; with `games`, the --first-game/--games that reproduce it. */
  readonly firstGame: number;
  /** Whether the indexes run without a gap from firstGame (false after an interrupted run or a merge of distant shards). */
  readonly contiguous: boolean;
  readonly wins: ByPower<number> & { readonly draw: number };
  readonly avgRounds: number;
  readonly suddenDeathRate: number;
  readonly winRates: ByPower<Rate> & { readonly draw: Rate };
  /** Win rate of each bot in each seat it sat in (every seat with --rotate-seats). */
  readonly bySeat: readonly SeatRate[];
  /** Win rate of each bot over all seats. */
  readonly byBot: Readonly<Partial<Record<BotName, Rate>>>;
  /**
   * For each bot in each seat and each other kind of bot at the table: the share of such pairings in
   * which it finished ahead (more points, or equal points and it won). Empty when all bots are alike.
   */
  readonly headToHead: readonly HeadToHead[];
  /**
   * Win rate by place in round 1's turn order. Without rotateOrder each place is always the same
   * power, so this repeats the powers' rates; with it, every power holds every place equally often.
   */
  readonly byTurnPlace: readonly PlaceRate[];
  /** The seat-order effect: the highest minus the lowest rate of byTurnPlace, in percentage points. */
  readonly turnPlaceSpread: number;
  readonly endReasons: { readonly lastRound: number; readonly suddenDeath: number };
  readonly rounds: { readonly mean: number; readonly min: number; readonly max: number; readonly histogram: readonly { readonly rounds: number; readonly games: number }[] };
  readonly scoreRange: { readonly from: number; readonly to: number };
  readonly scores: ByPower<ScoreStats>;
  readonly regime: {
    readonly endStates: Record<RegimeState, number>;
    readonly fellRate: number;
    readonly rescuedRate: number;
    readonly rescuedBy: ByPower<number>;
    /** Games in which the regime called for help (R6.3). */
    readonly calls: number;
    readonly callRate: number;
    /** Mean round of the call over games with a call; null if it never called. */
    readonly avgCallRound: number | null;
  };
  readonly firstMoves: ByPower<FirstMoves>;
  readonly cards: readonly CardStats[];
  readonly design: Design;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** Rounded to 4 decimals, so summaries print the same everywhere. */
export function round4(x: number): number {
  const r = Math.round(x * 1e4) / 1e4;
  return Object.is(r, -0) ? 0 : r;
}

/** The 95% Wilson score interval of `count` successes in `games` trials (unrounded). */
export function wilson(count: number, games: number): { low: number; high: number } {
  if (games <= 0) return { low: 0, high: 1 };
  const p = count / games;
  const z2 = Z95 * Z95;
  const centre = p + z2 / (2 * games);
  const margin = Z95 * Math.sqrt((p * (1 - p)) / games + z2 / (4 * games * games));
  const denom = 1 + z2 / games;
  return {
    low: count <= 0 ? 0 : Math.max(0, (centre - margin) / denom),
    high: count >= games ? 1 : Math.min(1, (centre + margin) / denom),
  };
}

/** Whether `power` finished ahead of `other` in a game: more points, or equal points and it won (the head-to-head measure). */
export function finishedAhead(g: Pick<GameRecord, 'vp' | 'winner'>, power: Power, other: Power): boolean {
  return g.vp[power] > g.vp[other] || (g.vp[power] === g.vp[other] && g.winner === power);
}

export function rateOf(count: number, games: number): Rate {
  const { low, high } = wilson(count, games);
  return { count, games, rate: games > 0 ? round4(count / games) : 0, low: round4(low), high: round4(high) };
}

function outcome(games: number, wins: number): CardOutcome {
  return { games, wins, rate: games > 0 ? round4(wins / games) : 0 };
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return round4(sum / values.length);
}

function minMax(values: readonly number[]): { min: number; max: number } {
  let min = values[0] ?? 0;
  let max = values[0] ?? 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

function byCountThenName(a: MoveCount, b: MoveCount): number {
  return b.count - a.count || (a.move < b.move ? -1 : a.move > b.move ? 1 : 0);
}

/** The summary of `records` (any order) of the run described by `meta`. */
export function aggregate(meta: RunMeta, records: readonly GameRecord[]): Summary {
  const games = [...records].sort((a, b) => a.index - b.index);
  const n = games.length;
  const wins = { russia: 0, turkey: 0, china: 0, draw: 0 };
  for (const g of games) wins[g.winner ?? 'draw'] += 1;

  // Seats and bots.
  const seatCounts = new Map<string, { bot: BotName; power: Power; games: number; wins: number }>();
  const botCounts = new Map<BotName, { games: number; wins: number }>();
  for (const g of games) {
    for (const power of POWERS) {
      const bot = g.bots[power];
      const key = `${bot}/${power}`;
      const seat = seatCounts.get(key) ?? { bot, power, games: 0, wins: 0 };
      seat.games += 1;
      if (g.winner === power) seat.wins += 1;
      seatCounts.set(key, seat);
      const total = botCounts.get(bot) ?? { games: 0, wins: 0 };
      total.games += 1;
      if (g.winner === power) total.wins += 1;
      botCounts.set(bot, total);
    }
  }
  const bySeat: SeatRate[] = [];
  const byBot: Partial<Record<BotName, Rate>> = {};
  for (const bot of BOT_NAMES) {
    for (const power of POWERS) {
      const seat = seatCounts.get(`${bot}/${power}`);
      if (seat) bySeat.push({ bot, power, ...rateOf(seat.wins, seat.games) });
    }
    const total = botCounts.get(bot);
    if (total) byBot[bot] = rateOf(total.wins, total.games);
  }

  // Head to head: each pairing of two different bots at one table.
  const pairings = new Map<string, { ahead: number; pairs: number }>();
  for (const g of games) {
    for (const power of POWERS) {
      for (const other of POWERS) {
        const bot = g.bots[power];
        const rival = g.bots[other];
        if (bot === rival) continue;
        const key = `${bot}/${power}/${rival}`;
        const tally = pairings.get(key) ?? { ahead: 0, pairs: 0 };
        tally.pairs += 1;
        if (finishedAhead(g, power, other)) tally.ahead += 1;
        pairings.set(key, tally);
      }
    }
  }
  const headToHead: HeadToHead[] = [];
  for (const bot of BOT_NAMES) {
    for (const power of POWERS) {
      for (const rival of BOT_NAMES) {
        const tally = pairings.get(`${bot}/${power}/${rival}`);
        if (tally) headToHead.push({ bot, power, rival, ...rateOf(tally.ahead, tally.pairs) });
      }
    }
  }

  // Places in round 1's turn order (R4.2).
  const placeWins = meta.firstOrder.map(() => 0);
  for (const g of games) {
    if (g.winner === null) continue;
    const place = rotateOrder(meta.firstOrder, g.orderShift).indexOf(g.winner);
    if (place >= 0) placeWins[place] = (placeWins[place] ?? 0) + 1;
  }
  const byTurnPlace: PlaceRate[] = placeWins.map((count, k) => ({ place: k + 1, ...rateOf(count, n) }));
  const placeRates = byTurnPlace.map((p) => p.rate);
  const turnPlaceSpread = n > 0 ? round4(100 * (Math.max(...placeRates) - Math.min(...placeRates))) : 0;

  // Length.
  const lengths = games.map((g) => g.rounds);
  const lengthCounts = new Map<number, number>();
  for (const r of lengths) lengthCounts.set(r, (lengthCounts.get(r) ?? 0) + 1);
  const suddenDeath = games.filter((g) => g.reason === 'suddenDeath').length;

  // Scores.
  const { min: lo, max: hi } = minMax(games.flatMap((g) => POWERS.map((p) => g.vp[p])));
  const scores = {} as ByPower<ScoreStats>;
  for (const power of POWERS) {
    const values = games.map((g) => g.vp[power]);
    const histogram = n > 0 ? new Array<number>(hi - lo + 1).fill(0) : [];
    for (const v of values) histogram[v - lo] = (histogram[v - lo] ?? 0) + 1;
    scores[power] = {
      mean: mean(values),
      ...minMax(values),
      histogram,
    };
  }

  // The crisis.
  const endStates = Object.fromEntries(REGIME_STATES.map((s) => [s, 0])) as Record<RegimeState, number>;
  const rescuedBy: ByPower<number> = { russia: 0, turkey: 0, china: 0 };
  const callRounds: number[] = [];
  for (const g of games) {
    endStates[g.regime] += 1;
    if (g.rescuedBy) rescuedBy[g.rescuedBy] += 1;
    if (g.calledInRound > 0) callRounds.push(g.calledInRound);
  }
  const rescued = POWERS.reduce((sum, p) => sum + rescuedBy[p], 0);

  // First moves.
  const firstMoves = {} as ByPower<FirstMoves>;
  for (const power of POWERS) {
    const counts = new Map<string, number>();
    for (const g of games) {
      const key = g.firstMoves[power];
      if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const sorted = [...counts].map(([move, count]) => ({ move, count })).sort(byCountThenName);
    firstMoves[power] = { top: sorted.slice(0, 5), topShare: n > 0 ? round4((sorted[0]?.count ?? 0) / n) : 0, distinct: sorted.length };
  }

  // Card impact.
  const cardIds = new Set(meta.cards);
  for (const g of games) for (const play of g.plays) cardIds.add(play.card);
  const cards: CardStats[] = [...cardIds].sort().map((card) => {
    let plays = 0;
    const tally = {} as ByPower<{ event: [number, number]; ops: [number, number]; none: [number, number] }>;
    for (const power of POWERS) tally[power] = { event: [0, 0], ops: [0, 0], none: [0, 0] };
    for (const g of games) {
      const used: ByPower<{ event: boolean; ops: boolean }> = {
        russia: { event: false, ops: false },
        turkey: { event: false, ops: false },
        china: { event: false, ops: false },
      };
      for (const play of g.plays) {
        if (play.card !== card) continue;
        plays += 1;
        used[play.power][play.mode] = true;
      }
      for (const power of POWERS) {
        const won = g.winner === power ? 1 : 0;
        const t = tally[power];
        if (used[power].event) t.event = [t.event[0] + 1, t.event[1] + won];
        if (used[power].ops) t.ops = [t.ops[0] + 1, t.ops[1] + won];
        if (!used[power].event && !used[power].ops) t.none = [t.none[0] + 1, t.none[1] + won];
      }
    }
    const byPower = {} as ByPower<CardImpact>;
    for (const power of POWERS) {
      const t = tally[power];
      byPower[power] = { event: outcome(...t.event), ops: outcome(...t.ops), none: outcome(...t.none) };
    }
    return { card, plays, byPower };
  });

  const design = measureDesign(games);

  const indexes = games.map((g) => g.index);
  const firstGame = indexes[0] ?? 0;
  return {
    scenario: meta.scenario,
    scenarioSource: meta.scenarioSource,
    scenarioHash: meta.scenarioHash,
    scenarioRounds: meta.scenarioRounds,
    games: n,
    gamesPlanned: meta.gamesPlanned,
    complete: meta.complete,
    firstGame,
    contiguous: indexes.every((index, i) => index === firstGame + i),
    seed: meta.seed,
    bots: { ...meta.bots },
    rotateSeats: meta.rotateSeats,
    rotateOrder: meta.rotateOrder,
    firstOrder: [...meta.firstOrder],
    agendas: meta.agendas,
    wins,
    avgRounds: mean(lengths),
    suddenDeathRate: n > 0 ? round4(suddenDeath / n) : 0,
    winRates: {
      russia: rateOf(wins.russia, n),
      turkey: rateOf(wins.turkey, n),
      china: rateOf(wins.china, n),
      draw: rateOf(wins.draw, n),
    },
    bySeat,
    byBot,
    headToHead,
    byTurnPlace,
    turnPlaceSpread,
    endReasons: { lastRound: n - suddenDeath, suddenDeath },
    rounds: {
      mean: mean(lengths),
      ...minMax(lengths),
      histogram: [...lengthCounts].sort((a, b) => a[0] - b[0]).map(([rounds, count]) => ({ rounds, games: count })),
    },
    scoreRange: { from: lo, to: hi },
    scores,
    regime: {
      endStates,
      fellRate: n > 0 ? round4(endStates.fallen / n) : 0,
      rescuedRate: n > 0 ? round4(rescued / n) : 0,
      rescuedBy,
      calls: callRounds.length,
      callRate: n > 0 ? round4(callRounds.length / n) : 0,
      avgCallRound: callRounds.length > 0 ? mean(callRounds) : null,
    },
    firstMoves,
    cards,
    design,
  };
}

/** summary.json's text: two-space JSON and a final newline. */
export function summaryJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
