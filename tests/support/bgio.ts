// A boardgame.io match for tests: a Local() master in memory and one Client per seat, every
// payload each seat's client receives recorded as JSON, and the master's full state read from its
// in-memory storage (boardgame.io keeps it there; no public API returns it).
import type { Game, State } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { makeQantarGame, moveArgs, type QantarClientG, type QantarG, type QantarSetup, type RejectionSink } from '../../src/game/game.js';
import { localWithoutSecrets } from '../../src/game/local.js';
import { seatOfPower } from '../../src/game/seats.js';
import { POWERS, type ByPower, type Move, type Power, type Scenario } from '../../src/rules/index.js';
import { handleOf } from './kernel.js';

export type SeatClient = ReturnType<typeof Client<QantarG>>;
export type QantarGame = Game<QantarG, Record<string, unknown>, QantarSetup>;

/** The Qantar game with its seed bound (Local()'s master calls setup without setupData). */
export function seededGame(scenario: Scenario, seed: number, onReject?: RejectionSink): QantarGame {
  const base = makeQantarGame(handleOf(scenario), onReject);
  const setup = base.setup;
  if (!setup) throw new Error('the Qantar game has no setup');
  return { ...base, seed: String(seed), setup: (context) => setup(context, { seed }) };
}

/** What the in-memory master storage answers (boardgame.io's InMemory). */
interface MasterStorage {
  fetch(matchID: string, opts: { state: true }): { state?: State<QantarG> };
}
interface ClientInternals {
  transport: { master: { storageAPI: MasterStorage } };
}

export interface Match {
  readonly game: QantarGame;
  readonly clients: ByPower<SeatClient>;
  /** Every payload each seat's client received from the master, as JSON, in order. */
  readonly wire: ByPower<string[]>;
  /** The master's full state (G holds the kernel state). */
  master(): State<QantarG>;
  /** What the seat's client holds as G: its view and the public log. */
  clientG(power: Power): QantarClientG;
  /** Send a kernel move through the client of the seat that makes it. */
  play(move: Move): void;
  stop(): void;
}

let matchCount = 0;

/** A connected, synced match; `transport: 'plain'` uses boardgame.io's Local() as it comes. */
export function openMatch(scenario: Scenario, seed: number, options: { transport?: 'filtered' | 'plain'; onReject?: RejectionSink } = {}): Match {
  const game = seededGame(scenario, seed, options.onReject);
  const matchID = `test-${++matchCount}`;
  const inner = options.transport === 'plain' ? Local() : localWithoutSecrets();
  const wire: ByPower<string[]> = { russia: [], turkey: [], china: [] };
  const make = (power: Power): SeatClient =>
    Client<QantarG>({
      game,
      numPlayers: 3,
      matchID,
      playerID: seatOfPower(power),
      debug: false,
      multiplayer: (opts) =>
        inner({
          ...opts,
          transportDataCallback: (data) => {
            wire[power].push(JSON.stringify(data));
            opts.transportDataCallback(data);
          },
        }),
    });
  const clients: ByPower<SeatClient> = { russia: make('russia'), turkey: make('turkey'), china: make('china') };
  for (const power of POWERS) clients[power].start();
  const storage = (clients.russia as unknown as ClientInternals).transport.master.storageAPI;
  return {
    game,
    clients,
    wire,
    master: () => {
      const state = storage.fetch(matchID, { state: true }).state;
      if (!state) throw new Error('the master has no state for the match');
      return state;
    },
    clientG: (power) => {
      const state = clients[power].getState();
      if (!state) throw new Error(`${power}'s client has no state`);
      // The master's playerView replaced G with the seat's QantarClientG.
      return state.G as unknown as QantarClientG;
    },
    play: (move) => {
      const dispatch = clients[move.power].moves[move.type];
      if (!dispatch) throw new Error(`no boardgame.io move ${move.type}`);
      dispatch(...moveArgs(move));
    },
    stop: () => {
      for (const power of POWERS) clients[power].stop();
    },
  };
}
