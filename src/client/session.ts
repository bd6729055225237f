// One match on boardgame.io: a Local() master in the page and one Client per seat. Each seat's
// client only ever receives that seat's playerView, `{ view, log }`; this module never sees the
// full state. Moves run only on the master (`client: false`).
import type { Game } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import {
  localWithoutSecrets,
  makeQantarGame,
  moveArgs,
  POWERS,
  seatOfPower,
  type ByPower,
  type GameHandle,
  type LogEntry,
  type Message,
  type Move,
  type Power,
  type QantarClientG,
  type QantarG,
  type QantarSetup,
  type SeatView,
} from '../game/index.js';
import type { GameConfig } from './types.js';

type SeatClient = ReturnType<typeof Client<QantarG>>;

/** What a client holds after a sync: the seat's view and the public log. */
function clientG(client: SeatClient): QantarClientG | null {
  const state = client.getState();
  if (!state) return null;
  // The master's playerView replaced G with the seat's QantarClientG (see src/game/game.ts).
  return state.G as unknown as QantarClientG;
}

function stateId(client: SeatClient): number {
  return client.getState()?._stateID ?? -1;
}

export class Session {
  private readonly clients: ByPower<SeatClient>;
  private readonly waiters = new Set<() => void>();
  private lastReject: Message | null = null;
  private readonly unsubscribe: (() => void)[] = [];
  private stopped = false;

  private constructor(
    readonly config: GameConfig,
    handle: GameHandle,
  ) {
    const base = makeQantarGame(handle, (_power, _move, rejection) => {
      this.lastReject = { key: `reject.${rejection.code}`, params: rejection.params };
      this.wake();
    });
    const setupData: QantarSetup = { seed: config.seed, agendas: config.agendas };
    // Local()'s master calls setup without setupData, so the seed is bound here; boardgame.io's own
    // seed is set too, so nothing falls back to the clock.
    const game: Game<QantarG, Record<string, unknown>, QantarSetup> = {
      ...base,
      seed: String(config.seed),
      setup: (context) => {
        if (!base.setup) throw new Error('the Qantar game has no setup');
        return base.setup(context, setupData);
      },
    };
    // Plain Local() would hand every seat the unfiltered initial state (see src/game/local.ts).
    const multiplayer = localWithoutSecrets();
    const make = (power: Power): SeatClient => Client<QantarG>({ game, numPlayers: 3, multiplayer, playerID: seatOfPower(power), matchID: 'qantar', debug: false });
    this.clients = { russia: make('russia'), turkey: make('turkey'), china: make('china') };
    for (const power of POWERS) {
      const client = this.clients[power];
      this.unsubscribe.push(client.subscribe(() => this.wake()));
    }
  }

  /** A new match, connected and synced. */
  static async open(config: GameConfig, handle: GameHandle): Promise<Session> {
    const session = new Session(config, handle);
    for (const power of POWERS) session.clients[power].start();
    await session.until(() => POWERS.every((p) => clientG(session.clients[p])?.view));
    return session;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves once `ready()` holds, re-checked whenever a client hears from the master. */
  private until(ready: () => unknown, timeoutMs = 5000): Promise<boolean> {
    if (ready()) return Promise.resolve(true);
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const check = (): void => {
        if (this.stopped || ready()) finish(!this.stopped);
      };
      const finish = (ok: boolean): void => {
        this.waiters.delete(check);
        if (timer !== null) clearTimeout(timer);
        resolve(ok);
      };
      this.waiters.add(check);
      timer = setTimeout(() => finish(false), timeoutMs);
    });
  }

  /** The view `power`'s own client received; only this seat's client is ever read for its hand. */
  view(power: Power): SeatView | null {
    return clientG(this.clients[power])?.view ?? null;
  }

  log(): readonly LogEntry[] {
    return clientG(this.clients.russia)?.log ?? [];
  }

  /**
   * Send `move` through the moving seat's client and wait until every seat's client has the new
   * state, or the master rejects it (with the kernel's code, as a message).
   */
  async send(move: Move): Promise<Message | null> {
    const client = this.clients[move.power];
    const before = POWERS.map((p) => stateId(this.clients[p]));
    this.lastReject = null;
    const dispatch = client.moves[move.type];
    if (!dispatch) return { key: 'reject.malformed', params: {} };
    dispatch(...moveArgs(move));
    const done = await this.until(() => this.lastReject !== null || POWERS.every((p, i) => stateId(this.clients[p]) > (before[i] ?? -1)));
    // The rejection sink sets lastReject while `until` waits; TypeScript's narrowing cannot see that.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (this.lastReject) return this.lastReject;
    return done ? null : { key: 'ui.error.noAnswer', params: {} };
  }

  stop(): void {
    this.stopped = true;
    this.wake();
    for (const off of this.unsubscribe) off();
    for (const power of POWERS) this.clients[power].stop();
  }
}
