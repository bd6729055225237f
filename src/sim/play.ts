// Playing one game between bots: a pure function of the scenario and the game's plan. Each bot sees
// only its seat's view and legal moves (R11, STYLE §8) and draws from its own seeded generator.
import type { Bot, BotName } from '../ai/bot.js';
import {
  activeSeat,
  applyLegalMove,
  deriveSeed,
  isAction,
  isOperation,
  isOver,
  legalMoves,
  moveId,
  newGameWithLog,
  POWERS,
  result,
  sameMove,
  seedRng,
  viewFor,
  type ByPower,
  type GameEvent,
  type GameHandle,
  type Move,
  type Power,
} from '../rules/index.js';
import { noOps, noUnrest, tallyScore, type CardPlay, type GamePlan, type GameRecord } from './record.js';

/** Mixed into the run seed for the bots' generators, so they never share a stream with the game. */
export const BOT_SEED_SALT = 0x5bd1e995;

/** A game that has not ended after this many moves is a bug in a bot or the kernel. */
export const MAX_MOVES = 100_000;

/** What decides every game of a run besides the scenario. */
export interface RunSpec {
  readonly seed: number;
  /** Bots in seat order russia, turkey, china. */
  readonly bots: readonly [BotName, BotName, BotName];
  /** Game i rotates the bot list by i mod 3, so every bot sits in every seat equally often. */
  readonly rotateSeats: boolean;
  /**
   * Game i rotates round 1's turn order by ⌊i / 3⌋ mod 3, so every power acts first, second and
   * third equally often (and, with rotateSeats, every bot in every seat at every place over 9 games).
   */
  readonly rotateOrder: boolean;
}

/** The seeds and seating of game `index` of a run. */
export function planGame(spec: RunSpec, index: number): GamePlan {
  const shift = spec.rotateSeats ? index % 3 : 0;
  const seat = (j: number): BotName => spec.bots[(j + shift) % 3] as BotName;
  return {
    index,
    seed: deriveSeed(spec.seed, index),
    botSeed: deriveSeed(spec.seed ^ BOT_SEED_SALT, index),
    bots: { russia: seat(0), turkey: seat(1), china: seat(2) },
    orderShift: spec.rotateOrder ? Math.floor(index / 3) % 3 : 0,
  };
}

export interface PlayOptions {
  /** Deal secret agendas (R1.7); undefined keeps the scenario's own option. */
  readonly agendas?: boolean;
  /** A fresh bot for a seat; called once per seat per game, so no state leaks between games. */
  readonly makeBot: (name: BotName, game: GameHandle) => Bot;
  /** Told each move of the game with the public log it made (scripts/game-log.ts prints a game so). */
  readonly onMove?: (move: Move, events: readonly GameEvent[], round: number) => void;
}

/** Play the game `plan` describes to its end. Throws only on a bug (a bot choosing an illegal move, a game that never ends). */
export function playGame(game: GameHandle, plan: GamePlan, options: PlayOptions): GameRecord {
  const opening = newGameWithLog(game, plan.seed, { orderShift: plan.orderShift, ...(options.agendas === undefined ? {} : { agendas: options.agendas }) });
  let state = opening.state;
  const bots = {} as ByPower<Bot>;
  const rngs = {} as ByPower<number[]>;
  POWERS.forEach((power, j) => {
    bots[power] = options.makeBot(plan.bots[power], game);
    rngs[power] = seedRng(deriveSeed(plan.botSeed, j));
  });
  const firstMoves: ByPower<string> = { russia: '', turkey: '', china: '' };
  const plays: CardPlay[] = [];
  const ops = noOps();
  const unrestUp = noUnrest();
  const unrestDown = noUnrest();
  // The middle scoring is the ⌈n/2⌉-th of the scenario's n scoring rounds (R9), in round order:
  // of scorings in rounds 4 and 8 the one in round 4, of three the second.
  const midScoring = Math.ceil(game.scenario.rounds.filter((r) => r.scoring).length / 2);
  let scorings = 0;
  let rivalEvents = 0;
  let midVp: ByPower<number> | null = null;
  // The log of the game's real moves (not of the bots' search), read for what the state forgets.
  const read = (events: readonly GameEvent[]): void => {
    for (const event of events) {
      if (event.kind === 'unrestChanged') {
        const step = event.to - event.from;
        if (step > 0) unrestUp[event.cause] += step;
        else unrestDown[event.cause] -= step;
      } else if (event.kind === 'scoring' && ++scorings === midScoring) midVp = { ...event.vp };
      else if (event.kind === 'rivalEvent') rivalEvents += 1;
    }
  };
  read(opening.events);
  let steps = 0;
  while (!isOver(state)) {
    if (++steps > MAX_MOVES) throw new Error(`game ${plan.index} (seed ${plan.seed}) did not end within ${MAX_MOVES} moves`);
    const seat: Power = activeSeat(state);
    const legal = legalMoves(game, state, seat);
    if (legal.length === 0) throw new Error(`game ${plan.index} (seed ${plan.seed}): ${seat} has no legal move`);
    const { move } = bots[seat].choose(viewFor(game, state, seat), legal, rngs[seat]);
    if (!legal.some((m) => sameMove(m, move))) {
      throw new Error(`game ${plan.index} (seed ${plan.seed}): the ${plan.bots[seat]} bot in ${seat}'s seat chose an illegal move ${JSON.stringify(move)}`);
    }
    if (isAction(move) && firstMoves[seat] === '') firstMoves[seat] = moveId(move);
    if (move.type === 'playOps' || move.type === 'playEvent') {
      plays.push({ card: move.card, mode: move.type === 'playOps' ? 'ops' : 'event', power: seat });
    }
    if (isOperation(move.type)) ops[seat][move.type] += 1;
    const next = applyLegalMove(game, state, move);
    options.onMove?.(move, next.events, state.round);
    state = next.state;
    read(next.events);
  }
  const outcome = result(game, state);
  return {
    ...plan,
    winner: outcome.winner,
    reason: state.endReason ?? 'lastRound',
    rounds: state.round,
    moves: state.moveCount,
    vp: { ...outcome.vp },
    regime: state.regime,
    rescuedBy: state.rescuedBy,
    calledInRound: state.calledInRound,
    firstMoves,
    plays,
    capital: state.capital,
    midVp,
    ops,
    unrestUp,
    unrestDown,
    vpTally: tallyScore(state.scoreLog),
    rivalEvents,
  };
}
