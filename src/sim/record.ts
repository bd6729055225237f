// What the runner keeps of one finished game: enough to aggregate every statistic of the summary
// and to replay the game (scenario + seeds + bots). Plain data, so it crosses worker threads and
// round-trips through games.csv unchanged.
import type { BotName } from '../ai/bot.js';
import type { ByPower, Operation, Power, RegimeState, ScoreLine, UnrestCause } from '../rules/index.js';

/** A card played as a whole action (R4.1), in the order of play. */
export interface CardPlay {
  readonly card: string;
  readonly mode: 'ops' | 'event';
  readonly power: Power;
}

/**
 * The points one power scored from one source in one game: the game's score lines (R9) summed by
 * power, reason and detail, gains and losses apart so that sums of absolute points stay exact.
 * `reason` is the kernel's VpReason, kept as text so a record names any reason the rules add.
 */
export interface VpTally {
  readonly power: Power;
  readonly reason: string;
  /** The card, event or agenda id of the lines ('' when they have none; a space is not kept). */
  readonly detail: string;
  readonly amount: number;
}

/** Steps of unrest (R6.1) by who moved it; every cause always present. */
export type UnrestTally = Record<UnrestCause, number>;

/** Which game of a run to play and with whom: a game is a pure function of (scenario, plan). */
export interface GamePlan {
  /** The game's index in its run (0-based); seeds derive from it. */
  readonly index: number;
  /** The game's seed (newGame). */
  readonly seed: number;
  /** The seed of the bots' generators; seat j's bot draws from deriveSeed(botSeed, j). */
  readonly botSeed: number;
  /** The bot in each seat. */
  readonly bots: ByPower<BotName>;
  /** Round 1's turn order is the scenario's rotated left by this many places (0–2; R4.2). */
  readonly orderShift: number;
}

export interface GameRecord extends GamePlan {
  /** null for a draw after every tie-break (R10.3). */
  readonly winner: Power | null;
  readonly reason: 'lastRound' | 'suddenDeath';
  /** Rounds played (the round in which the game ended). */
  readonly rounds: number;
  /** Moves applied, operations steps included. */
  readonly moves: number;
  readonly vp: ByPower<number>;
  /** The regime's state when the game ended (R6). */
  readonly regime: RegimeState;
  readonly rescuedBy: Power | null;
  /** Round in which the regime called for help; 0 if it never did. */
  readonly calledInRound: number;
  /** Each power's first action of the game, as its moveId; '' if it never acted. */
  readonly firstMoves: ByPower<string>;
  readonly plays: readonly CardPlay[];
  /** Whom the capital listened to when the game ended (R6.7); null for nobody. */
  readonly capital: Power | null;
  /**
   * Each power's VP right after the middle scoring, the ⌈n/2⌉-th of the scenario's n scoring rounds
   * (R9); null when the game ended before it.
   */
  readonly midVp: ByPower<number> | null;
  /** Operation steps each power took, by operation (R5); every operation always present. */
  readonly ops: ByPower<Record<Operation, number>>;
  /** Unrest raised (positive changes, in steps) and lowered (negative changes, as steps) by cause. */
  readonly unrestUp: UnrestTally;
  readonly unrestDown: UnrestTally;
  /** Every point scored, by power and source, in the order each source first scored. */
  readonly vpTally: readonly VpTally[];
  /** Rivals' events that fired because their cards were played for operations (R7.1). */
  readonly rivalEvents: number;
}

/** A tally of unrest with every cause at zero. */
export function noUnrest(): UnrestTally {
  return { russia: 0, turkey: 0, china: 0, scheduled: 0, check: 0, fall: 0 };
}

/** Each power's operations, all at zero. */
export function noOps(): ByPower<Record<Operation, number>> {
  const none = (): Record<Operation, number> => ({ place: 0, stabilise: 0, destabilise: 0, invest: 0, diplomacy: 0 });
  return { russia: none(), turkey: none(), china: none() };
}

/** A game's score lines (R9) as tallies: one per power, reason, detail and sign, in order of first appearance. */
export function tallyScore(lines: readonly ScoreLine[]): VpTally[] {
  // A Map keeps its keys in insertion order, so the tallies keep the order of the log.
  const tallies = new Map<string, { power: Power; reason: string; detail: string; amount: number }>();
  for (const line of lines) {
    const detail = line.detail ?? '';
    const key = `${line.power}|${line.reason}|${detail}|${line.amount > 0 ? '+' : '-'}`;
    const tally = tallies.get(key);
    if (tally) tally.amount += line.amount;
    else tallies.set(key, { power: line.power, reason: line.reason, detail, amount: line.amount });
  }
  return [...tallies.values()];
}
