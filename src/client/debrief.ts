// The after-action report's facts, computed from the public log and board only: every point with
// its reason, the crisis round by round, and the turning points (the steps that moved the score
// or control the most).
import type { GameEvent, LogEntry } from '../game/index.js';
import { POWERS, type ByPower, type Power, type ScoreLine, type SpaceId } from '../game/index.js';
import type { PublicView } from './types.js';

export interface CrisisStory {
  /** Unrest at the start (index 0) and at the end of each round played. */
  readonly unrest: readonly number[];
  readonly calledRound: number | null;
  readonly answered: { readonly power: Power; readonly round: number } | null;
  readonly fellRound: number | null;
}

export interface TurningPoint {
  readonly entry: LogEntry;
  readonly index: number;
  readonly swing: number;
  readonly vp: readonly { power: Power; amount: number; reason: string; space?: SpaceId; detail?: string }[];
  readonly control: readonly { space: SpaceId; from: Power | null; to: Power | null }[];
}

export interface Debrief {
  readonly vp: ByPower<number>;
  readonly ranking: readonly Power[];
  readonly winner: Power | null;
  readonly reason: 'lastRound' | 'suddenDeath' | null;
  readonly points: ByPower<readonly ScoreLine[]>;
  readonly crisis: CrisisStory;
  readonly turning: readonly TurningPoint[];
}

export function crisisStory(startUnrest: number, log: readonly LogEntry[]): CrisisStory {
  const unrest: number[] = [startUnrest];
  let current = startUnrest;
  let round = 1;
  let calledRound: number | null = null;
  let answered: CrisisStory['answered'] = null;
  let fellRound: number | null = null;
  for (const entry of log) {
    for (const e of entry.events) {
      if (e.kind === 'roundStarted' && e.round > round) {
        // The unrest of the round that ended is what stood before the new round's events.
        unrest[round] = current;
        round = e.round;
      }
      if (e.kind === 'unrestChanged') current = e.to;
      if (e.kind === 'regimeChanged' && e.to === 'calling' && calledRound === null) calledRound = round;
      if (e.kind === 'regimeChanged' && e.to === 'fallen' && fellRound === null) fellRound = round;
      if (e.kind === 'callAnswered' && answered === null) answered = { power: e.power, round };
    }
  }
  unrest[round] = current;
  // Setup happens in round 1 before anything: its unrest is the start value the log gives.
  return { unrest, calledRound, answered, fellRound };
}

const MOVE_REASONS: ReadonlySet<string> = new Set(['answeredCall', 'regimeFell', 'event']);

/** Score change and control change of one step; big swings are the game's turning points. */
export function turningPoints(log: readonly LogEntry[], valueOf: (space: SpaceId) => number, limit = 5): TurningPoint[] {
  const points: TurningPoint[] = [];
  log.forEach((entry, index) => {
    if (!entry.move) return;
    const vp: { power: Power; amount: number; reason: string; space?: SpaceId; detail?: string }[] = [];
    const control: { space: SpaceId; from: Power | null; to: Power | null }[] = [];
    let swing = 0;
    for (const e of entry.events) {
      // Points a move earns itself; a round's scoring is not the last mover's doing.
      if (e.kind === 'vp' && MOVE_REASONS.has(e.reason)) {
        vp.push({ power: e.power, amount: e.amount, reason: e.reason, ...(e.space ? { space: e.space } : {}), ...(e.detail ? { detail: e.detail } : {}) });
        swing += Math.abs(e.amount);
      }
      if (e.kind === 'controlChanged') {
        control.push({ space: e.space, from: e.from, to: e.to });
        swing += valueOf(e.space);
      }
    }
    if (swing > 0) points.push({ entry, index, swing, vp, control });
  });
  return points
    .sort((a, b) => b.swing - a.swing || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index);
}

export function buildDebrief(board: PublicView, log: readonly LogEntry[], startUnrest: number, valueOf: (space: SpaceId) => number): Debrief {
  const over = [...log]
    .reverse()
    .flatMap((e) => e.events)
    .find((e): e is Extract<GameEvent, { kind: 'gameOver' }> => e.kind === 'gameOver');
  const winner = over ? over.winner : null;
  const ranking = [...POWERS].sort((a, b) => {
    if (a === winner) return -1;
    if (b === winner) return 1;
    return board.vp[b] - board.vp[a];
  });
  const points = { russia: [] as ScoreLine[], turkey: [] as ScoreLine[], china: [] as ScoreLine[] };
  for (const line of board.scoreLog) points[line.power].push(line);
  return {
    vp: board.vp,
    ranking,
    winner,
    reason: board.endReason,
    points,
    crisis: crisisStory(startUnrest, log),
    turning: turningPoints(log, valueOf),
  };
}
