// What the runner keeps of one finished game: enough to aggregate every statistic of the summary
// and to replay the game (scenario + seeds + bots). Plain data, so it crosses worker threads and
// round-trips through games.csv unchanged.
import type { BotName } from '../ai/bot.js';
import type { ByPower, Power, RegimeState } from '../rules/index.js';

/** A card played as a whole action (R4.1), in the order of play. */
export interface CardPlay {
  readonly card: string;
  readonly mode: 'ops' | 'event';
  readonly power: Power;
}

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
}
