// The controller between the screens and the game (STYLE §11): it owns the boardgame.io session,
// the move list (save, undo, replay), the bots and the hotseat handoff, and hands the screens a
// read-only UiModel. Plain TypeScript: no Phaser, no DOM, so it runs in tests as it runs in a page.
import {
  activeSeat,
  botRng,
  checkMoveInView,
  describeMove,
  legalMovesForView,
  type Explanation,
  type GameHandle,
  type Message,
  type Move,
  type Power,
  type SeatView,
} from '../game/index.js';
import type { BotRunner } from './bots.js';
import { relock, screenFor } from './handoff.js';
import { makeSave, type SaveSlot } from './save.js';
import { Session } from './session.js';
import type { ActResult, GameConfig, PublicView, SaveFile, SaveStep, UiLogEntry, UiModel } from './types.js';
import { undoAllowed } from './undo.js';

export interface ControllerOptions {
  readonly bots: BotRunner;
  /** The game handle of a scenario id, or undefined when the client has no such scenario. */
  readonly scenario: (id: string) => GameHandle | undefined;
  readonly slot?: SaveSlot | null;
  /** Shortest time a bot "thinks" before its move shows, so people can follow; 0 for fast bots. */
  readonly botDelayMs?: number;
}

export type { ActResult } from './types.js';

const fail = (key: string, params: Message['params'] = {}): ActResult => ({ ok: false, error: { key, params } });

/** The board part of a seat view: everything but the seat's own hand and agenda. */
export function publicOf(view: SeatView): PublicView {
  const { seat: _seat, hand: _hand, agenda: _agenda, ...board } = view;
  return board;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Controller {
  private session: Session | null = null;
  private game: GameHandle | null = null;
  private config: GameConfig | null = null;
  private steps: SaveStep[] = [];
  private unlocked: Power | null = null;
  private thinking: Power | null = null;
  private busy = false;
  /** Bumped whenever the match is rebuilt, so a bot reply for an older match is dropped. */
  private generation = 0;
  private model: UiModel | null = null;
  private readonly listeners = new Set<(model: UiModel) => void>();
  private idleWaiters: (() => void)[] = [];

  private botDelayMs: number;

  constructor(private readonly options: ControllerOptions) {
    this.botDelayMs = options.botDelayMs ?? 0;
  }

  /** How long a bot "thinks" at least before its move shows (0: fast bots). */
  setBotDelay(ms: number): void {
    this.botDelayMs = Math.max(0, ms);
  }

  /** Start `config`, replaying `steps` (a resumed or imported game). */
  async start(config: GameConfig, steps: readonly SaveStep[] = []): Promise<ActResult> {
    const game = this.options.scenario(config.scenarioId);
    if (!game) return fail('ui.error.scenario', { id: config.scenarioId });
    this.generation += 1;
    this.session?.stop();
    this.session = null;
    this.thinking = null;
    this.busy = false;
    const built = await this.build(config, game, steps);
    if (!built.ok) return built;
    this.config = config;
    this.game = game;
    this.unlocked = null;
    this.afterChange();
    return { ok: true };
  }

  private async build(config: GameConfig, game: GameHandle, steps: readonly SaveStep[]): Promise<ActResult> {
    const session = await Session.open(config, game);
    for (const [index, step] of steps.entries()) {
      const rejected = await session.send(step.move);
      if (rejected) {
        session.stop();
        return fail('ui.error.replay', { step: index + 1, because: rejected.key });
      }
    }
    this.session = session;
    this.steps = [...steps];
    return { ok: true };
  }

  current(): UiModel | null {
    return this.model;
  }

  subscribe(listener: (model: UiModel) => void): () => void {
    this.listeners.add(listener);
    if (this.model) listener(this.model);
    return () => this.listeners.delete(listener);
  }

  /** Why `move` would be refused for the seat on screen, or null if the kernel accepts it. */
  check(move: Move): Message | null {
    const model = this.model;
    const session = this.session;
    const game = this.game;
    if (!model || !session || !game) return { key: 'ui.error.noGame', params: {} };
    if (model.handoff) return { key: 'ui.error.handoff', params: { power: model.handoff.to } };
    if (model.viewer === null || model.viewer !== move.power) return { key: 'ui.error.notYourSeat', params: {} };
    const view = session.view(model.viewer);
    if (!view) return { key: 'ui.error.noGame', params: {} };
    const rejection = checkMoveInView(game, view, move);
    return rejection ? { key: `reject.${rejection.code}`, params: rejection.params } : null;
  }

  /** A human's move, checked first against the kernel from the seat's own view. */
  async act(move: Move): Promise<ActResult> {
    if (this.busy) return fail('ui.error.busy');
    const error = this.check(move);
    if (error) return { ok: false, error };
    return this.apply(move);
  }

  private async apply(move: Move, explanation?: Explanation): Promise<ActResult> {
    const session = this.session;
    if (!session) return fail('ui.error.noGame');
    this.busy = true;
    const rejected = await session.send(move);
    this.busy = false;
    if (session !== this.session) return fail('ui.error.noGame');
    if (rejected) {
      this.afterChange();
      return { ok: false, error: rejected };
    }
    this.steps.push(explanation === undefined ? { move } : { move, explanation });
    this.afterChange();
    return { ok: true };
  }

  /** The player at the screen confirms they are the seat the handoff screen asked for. */
  acceptHandoff(): void {
    const model = this.model;
    if (!model?.handoff) return;
    this.unlocked = model.handoff.to;
    this.publish();
    this.settleIdle();
  }

  /** Take back the last step if the rules allow it: rebuild the match from the move list minus it. */
  async undo(): Promise<boolean> {
    const config = this.config;
    if (!config || this.busy || !this.model?.canUndo) return false;
    const game = this.game;
    if (!game) return false;
    this.generation += 1;
    this.busy = true;
    const old = this.session;
    const steps = this.steps.slice(0, -1);
    const built = await this.build(config, game, steps);
    this.busy = false;
    if (!built.ok) return false;
    old?.stop();
    this.afterChange();
    return true;
  }

  exportSave(): SaveFile | null {
    return this.config ? makeSave(this.config, this.steps) : null;
  }

  /** Resolves when no bot is thinking and no move is on its way (for tests and the replay). */
  idle(): Promise<void> {
    if (!this.busy && this.thinking === null) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.generation += 1;
    this.session?.stop();
    this.session = null;
    this.options.bots.dispose();
  }

  // -------------------------------------------------------------------------------------------

  private activeOf(board: PublicView): Power | null {
    return board.over ? null : activeSeat(board);
  }

  /** After any change of the match: relock the screen, save, show, and let a bot move. */
  private afterChange(): void {
    const session = this.session;
    const config = this.config;
    if (!session || !config) return;
    const anyView = session.view('russia');
    if (!anyView) return;
    this.unlocked = relock(config.seats, this.unlocked, this.activeOf(anyView));
    this.options.slot?.write(makeSave(config, this.steps));
    this.publish();
    // runBotIfDue marks a bot as thinking before its first await, so idle() waits for it.
    void this.runBotIfDue();
    this.settleIdle();
  }

  private publish(): void {
    const session = this.session;
    const config = this.config;
    const game = this.game;
    if (!session || !config || !game) return;
    const some = session.view('russia') ?? session.view('turkey') ?? session.view('china');
    if (!some) return;
    const board = publicOf(some);
    const active = this.activeOf(board);
    const screen = screenFor({ seats: config.seats, active, over: board.over, unlocked: this.unlocked });
    // The viewer's hand comes from the viewer's own client and nowhere else.
    const own = screen.viewer ? session.view(screen.viewer) : null;
    const rawLog = session.log();
    const log: UiLogEntry[] = rawLog.map((entry, index) => {
      const explanation = index > 0 ? this.steps[index - 1]?.explanation : undefined;
      return explanation === undefined ? { ...entry, index } : { ...entry, index, explanation };
    });
    const legal = own && screen.viewer === active && !this.busy ? legalMovesForView(game, own) : [];
    const canUndo = undoAllowed({ seats: config.seats, log: rawLog, active, over: board.over }) && screen.viewer === active;
    this.model = {
      config,
      scenario: game.scenario,
      board,
      viewer: screen.viewer,
      hand: own ? [...own.hand] : null,
      agenda: own ? own.agenda : null,
      active,
      handoff: screen.handoff ? { to: screen.handoff } : null,
      thinking: this.thinking,
      legal,
      log,
      canUndo,
      over: board.over,
      steps: this.steps.length,
    };
    for (const listener of this.listeners) listener(this.model);
  }

  private settleIdle(): void {
    if (this.busy || this.thinking !== null) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async runBotIfDue(): Promise<void> {
    const session = this.session;
    const config = this.config;
    const model = this.model;
    const game = this.game;
    if (!session || !config || !model || !game || this.busy || this.thinking !== null) return;
    const power = model.active;
    if (power === null || model.over) return;
    const kind = config.seats[power];
    if (kind === 'human') return;
    const view = session.view(power);
    if (!view) return;
    const generation = this.generation;
    this.thinking = power;
    this.publish();
    const legal = legalMovesForView(game, view);
    const request = { level: kind, view, legal, rng: botRng(config.seed, this.steps.length, power) };
    const [reply] = await Promise.all([this.options.bots.choose(request), sleep(this.botDelayMs)]);
    if (generation !== this.generation) return;
    this.thinking = null;
    const result = await this.apply(reply.move, reply.explanation);
    if (!result.ok) {
      // A bot must never stall the game: fall back to the first legal move.
      const fallback = legal[0];
      if (fallback && generation === this.generation) await this.apply(fallback, { key: 'ui.bot.fallback', params: {}, move: describeMove(fallback), effects: [] });
    }
  }
}
