// The replay viewer: steps through a save's frames, drawing each board and log in the game's
// panels, with a bar of step buttons in place of the hand.
import type { Scenario } from '../game/index.js';
import { say, t } from '../i18n/catalogue.js';
import { moveText } from './describe.js';
import { byId, h, replace } from './dom.js';
import { buildReplay, type ReplayFrame } from './replay.js';
import { gameById } from './scenarios.js';
import type { PublicView, SaveFile, UiLogEntry } from './types.js';

/** What the viewer needs from the app around it. */
export interface ReplayHost {
  /** Switch to the replay screen with fresh panels. */
  enter(): void;
  /** Draw a frame's board on the map and in the panels; `forward` animates a single step ahead. */
  drawFrame(scenario: Scenario, board: PublicView, log: readonly UiLogEntry[], forward: boolean): void;
  /** The frame is on screen: refresh what depends on it (the map's buttons). */
  afterFrame(): void;
  /** The player closed the viewer. */
  close(): void;
  toast(message: string): void;
}

interface ReplaySession {
  readonly frames: readonly ReplayFrame[];
  index: number;
  readonly save: SaveFile;
  readonly scenario: Scenario;
}

export class ReplayViewer {
  private session: ReplaySession | null = null;

  constructor(private readonly host: ReplayHost) {}

  /** The save being replayed, if any (the export button exports it rather than the game). */
  save(): SaveFile | undefined {
    return this.session?.save;
  }

  /** The board of the frame on screen, if a replay is open. */
  frameBoard(): { readonly scenario: Scenario; readonly board: PublicView } | undefined {
    const session = this.session;
    const board = session?.frames[session.index]?.board;
    return session && board ? { scenario: session.scenario, board } : undefined;
  }

  stop(): void {
    this.session = null;
  }

  async start(save: SaveFile): Promise<void> {
    const game = gameById(save.config.scenarioId);
    if (!game) return;
    const frames = await buildReplay(save, game);
    if ('reason' in frames) {
      this.host.toast(say(frames.reason));
      return;
    }
    this.show(save, frames);
  }

  /** Open the viewer on frames already built (a save of another rules edition, checked on import). */
  show(save: SaveFile, frames: readonly ReplayFrame[]): void {
    const game = gameById(save.config.scenarioId);
    if (!game) return;
    this.session = { frames, index: 0, save, scenario: game.scenario };
    this.host.enter();
    this.go(0);
  }

  /** The arrow keys step through the replay. */
  onKey(key: string): void {
    const session = this.session;
    if (!session) return;
    if (key === 'ArrowRight') this.go(session.index + 1);
    if (key === 'ArrowLeft') this.go(session.index - 1);
  }

  private go(index: number): void {
    const session = this.session;
    if (!session) return;
    const clamped = Math.max(0, Math.min(session.frames.length - 1, index));
    const forward = clamped === session.index + 1;
    session.index = clamped;
    const frame = session.frames[clamped];
    if (!frame) return;
    // Log entry i (after the setup entry 0) is the save's step i - 1, which keeps the bot's explanation.
    const log: UiLogEntry[] = frame.log.map((entry, i) => {
      const explanation = i > 0 ? session.save.steps[i - 1]?.explanation : undefined;
      return explanation === undefined ? { ...entry, index: i } : { ...entry, index: i, explanation };
    });
    this.host.drawFrame(session.scenario, frame.board, log, forward);
    this.renderBar(session, clamped);
    document.getElementById(forward ? 'replay-next' : 'replay-prev')?.focus();
    this.host.afterFrame();
  }

  private renderBar(session: ReplaySession, index: number): void {
    const last = session.frames.length - 1;
    const step = session.save.steps[index - 1];
    const panel = byId('hand');
    panel.dataset.state = 'replay';
    document.body.dataset.spectator = 'true';
    replace(
      panel,
      h(
        'div',
        { class: 'replay-bar' },
        h('h2', {}, t('ui.replay.title')),
        h(
          'p',
          { class: 'prompt', role: 'status', id: 'replay-status' },
          t('ui.replay.step', { step: index, total: last }),
          ' — ',
          step ? moveText(step.move) : t('ui.replay.start'),
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', { class: 'btn', id: 'replay-first', disabled: index === 0, onclick: () => this.go(0) }, t('ui.replay.first')),
          h('button', { class: 'btn', id: 'replay-prev', disabled: index === 0, onclick: () => this.go(index - 1) }, t('ui.replay.prev')),
          h('button', { class: 'btn primary', id: 'replay-next', disabled: index >= last, onclick: () => this.go(index + 1) }, t('ui.replay.next')),
          h('button', { class: 'btn', id: 'replay-last', disabled: index >= last, onclick: () => this.go(last) }, t('ui.replay.last')),
          h('button', { class: 'btn', id: 'replay-close', onclick: () => this.host.close() }, t('ui.replay.close')),
        ),
      ),
    );
  }
}
