// The thin boardgame.io Game over the rules kernel: setup from scenario and seed, one boardgame.io
// move per kernel move type, turns that follow the kernel's active power, and a playerView that
// leaves each seat only what viewFor gives it.
import type { Game, Move as BgioMove } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import {
  activeSeat,
  applyMove,
  isOver,
  legalMoves,
  MOVE_TYPES,
  newGameWithLog,
  result,
  viewFor,
  type GameEvent,
  type GameHandle,
  type GameResult,
  type GameState,
  type Move,
  type MoveType,
  type Power,
  type Rejection,
  type SeatView,
  type SpaceId,
} from '../rules/index.js';
import { powerOfSeat, seatOfPower } from './seats.js';

/** One public log entry: the kernel's events of one step, with who caused them. */
export interface LogEntry {
  readonly round: number;
  readonly power: Power | null;
  readonly move: Move | null;
  readonly events: readonly GameEvent[];
}

/** The full game data on the host. Never sent to a client as is (see playerView). */
export interface QantarG {
  readonly state: GameState;
  readonly log: readonly LogEntry[];
}

/** What a client receives. */
export interface QantarClientG {
  readonly view: SeatView | null;
  readonly log: readonly LogEntry[];
}

export interface QantarSetup {
  readonly seed: number;
  readonly agendas?: boolean;
}

/** Called with every rejection so the host can log the kernel's code (boardgame.io's INVALID_MOVE carries none). */
export type RejectionSink = (power: Power | null, move: unknown, rejection: Rejection) => void;

/** The boardgame.io arguments of a kernel move (the power comes from the seat). */
export function moveArgs(move: Move): unknown[] {
  switch (move.type) {
    case 'playOps':
      return [move.card];
    case 'playEvent':
      return move.target ? [move.card, move.target] : [move.card];
    case 'place':
    case 'stabilise':
    case 'invest':
    case 'diplomacy':
      return [move.space];
    case 'destabilise':
      return [move.space, move.rival];
    default:
      return [];
  }
}

/** The kernel move a seat means by a boardgame.io move name and arguments (unchecked: the kernel checks). */
export function kernelMove(type: MoveType, power: Power | null, args: readonly unknown[]): unknown {
  const [a, b] = args;
  switch (type) {
    case 'playOps':
      return { type, power, card: a };
    case 'playEvent':
      return b === undefined ? { type, power, card: a } : { type, power, card: a, target: b };
    case 'place':
    case 'stabilise':
    case 'invest':
    case 'diplomacy':
      return { type, power, space: a };
    case 'destabilise':
      return { type, power, space: a, rival: b };
    default:
      return { type, power };
  }
}

export function makeQantarGame(game: GameHandle, onReject: RejectionSink = () => {}): Game<QantarG, Record<string, unknown>, QantarSetup> {
  const moves: Record<string, BgioMove<QantarG>> = {};
  for (const type of MOVE_TYPES) {
    moves[type] = {
      // Moves run only on the host: a client holds a view, not the state.
      client: false,
      move: ({ G, playerID }, ...args: unknown[]) => {
        const power = powerOfSeat(playerID);
        const raw = kernelMove(type, power, args);
        const applied = applyMove(game, G.state, raw);
        if (!applied.ok) {
          onReject(power, raw, applied);
          return INVALID_MOVE;
        }
        const entry: LogEntry = { round: G.state.round, power, move: raw as Move, events: applied.events };
        return { state: applied.state, log: [...G.log, entry] };
      },
    };
  }

  return {
    name: 'qantar',
    minPlayers: 3,
    maxPlayers: 3,
    disableUndo: true,
    setup: (_context, setupData) => {
      // The seed must come from the caller: boardgame.io's own seed is the clock.
      const seed = setupData?.seed ?? 1;
      const { state, events } = newGameWithLog(game, seed, setupData?.agendas === undefined ? {} : { agendas: setupData.agendas });
      return { state, log: [{ round: 1, power: null, move: null, events }] };
    },
    moves,
    turn: {
      order: {
        first: ({ G }) => Number(seatOfPower(activeSeat(G.state))),
        next: ({ G }) => Number(seatOfPower(activeSeat(G.state))),
      },
      // The kernel decides whose turn it is; boardgame.io follows.
      endIf: ({ G, ctx }) => !isOver(G.state) && seatOfPower(activeSeat(G.state)) !== ctx.currentPlayer,
    },
    endIf: ({ G }) => (isOver(G.state) ? gameover(result(game, G.state)) : undefined),
    playerView: ({ G, playerID }) => {
      const power = powerOfSeat(playerID);
      const clientG: QantarClientG = { view: power ? viewFor(game, G.state, power) : null, log: G.log };
      // boardgame.io types playerView as returning G; the client side reads QantarClientG.
      return clientG as unknown as QantarG; // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion -- boardgame.io types playerView as returning G; the client reads QantarClientG
    },
    ai: {
      enumerate: (G, _ctx, playerID) => {
        const power = powerOfSeat(playerID);
        if (!power) return [];
        return legalMoves(game, G.state, power).map((m) => ({ move: m.type, args: moveArgs(m) }));
      },
    },
  };
}

export interface Gameover {
  readonly winner?: string;
  readonly draw?: boolean;
  readonly result: GameResult;
}

function gameover(r: GameResult): Gameover {
  return r.winner ? { winner: seatOfPower(r.winner), result: r } : { draw: true, result: r };
}

export type { SpaceId };
