// The DOM side of the browser game: the screen flow (setup, game, debrief, replay), what the
// player is choosing, keyboard play, and the wiring between the controller, the map bridge, the
// Phaser scenes and the panels (panels/, map-hits, replay-viewer, save-io, effects). It renders
// UiModels; the controller decides.
import { say, t } from '../i18n/catalogue.js';
import { POWERS, type Move, type Operation, type Power, type Scenario, type SpaceId } from '../game/index.js';
import { spaceSnapshots } from './board.js';
import type { MapBridge, MapIntent } from './bridge.js';
import type { Controller } from './controller.js';
import { cardTitle, powerName, spaceName } from './describe.js';
import { byId } from './dom.js';
import { Dice, showToast } from './effects.js';
import { intendedMove, movesAt, normalise, NONE, targetsFor, type Selection } from './interaction.js';
import { Layout } from './layout.js';
import { MapGestures } from './map-gestures.js';
import { MapHits } from './map-hits.js';
import { renderEvents } from './panels/events.js';
import { HandPanel } from './panels/hand.js';
import { renderHandoffOverlay } from './panels/handoff-overlay.js';
import { LogPanel } from './panels/log.js';
import { renderPowers } from './panels/powers.js';
import { TopBar } from './panels/top-bar.js';
import { ReplayViewer } from './replay-viewer.js';
import type { SaveSlot, StoredGame } from './save.js';
import { askImport, downloadSave, importSaveFile } from './save-io.js';
import type { GameConfig, PublicView, SaveFile, UiLogEntry, UiModel } from './types.js';
import { renderDebrief } from './ui/debrief.js';
import { renderSetup, type SetupChoice } from './ui/setup.js';

type AppScreen = 'setup' | 'game' | 'debrief' | 'replay';

export interface AppOptions {
  readonly controller: Controller;
  readonly bridge: MapBridge;
  readonly slot: SaveSlot;
  /** Bots move without a pause (tests, demos). */
  readonly fastBots: boolean;
  /** Set the controller's bot pause when a game starts. */
  readonly setBotDelay: (ms: number) => void;
}

const BOT_DELAY_MS = 700;

/** Test and bench hooks: read-only facts about what is on screen. */
export interface QantarProbe {
  screen: AppScreen;
  mapReady: boolean;
  model: UiModel | null;
  /** The model the screen shows now (drawing waits for the next frame). */
  rendered: UiModel | null;
  animations: number;
  /** performance.now() when the game map first took input (for the client bench). */
  mapInteractiveAt: number | null;
  /** Where the map is drawn in the stage (CSS px per map unit, the offset of map point 0,0) and the player's zoom. */
  mapView: { zoom: number; offsetX: number; offsetY: number; viewFactor: number } | null;
}

declare global {
  interface Window {
    __qantar?: QantarProbe;
  }
}

export class App {
  private screen: AppScreen = 'setup';
  private model: UiModel | null = null;
  private selection: Selection = NONE;
  private large = false;
  private readonly probe: QantarProbe = { screen: 'setup', mapReady: false, model: null, rendered: null, animations: 0, mapInteractiveAt: null, mapView: null };
  private focusTargetsNext = false;
  private readonly countAnimation = (): void => {
    this.probe.animations += 1;
  };
  private readonly topBar = new TopBar(this.countAnimation);
  private readonly log = new LogPanel();
  private readonly dice = new Dice(this.countAnimation);
  private readonly hand = new HandPanel({
    act: (move) => void this.act(move),
    chooseEvent: (card, moves) => this.chooseEvent(card, moves),
    chooseOp: (op) => this.chooseOp(op),
    cancel: () => this.cancel(),
  });
  private readonly hits = new MapHits({
    onSpace: (space, pointer) => this.onSpace(space, pointer),
    actionFor: (space) => this.actionFor(space),
    board: () => this.shownBoard(),
  });
  private readonly layout = new Layout();
  private readonly replay = new ReplayViewer({
    enter: () => {
      this.resetGameUi();
      this.setScreen('replay');
    },
    drawFrame: (scenario, board, log, forward) => this.drawReplayFrame(scenario, board, log, forward),
    afterFrame: () => this.updateHits(),
    close: () => this.closeReplay(),
    toast: (message) => this.toast(message),
  });
  private renderScheduled = false;
  private lastRendered: UiModel | null = null;

  constructor(private readonly opts: AppOptions) {
    window.__qantar = this.probe;
    opts.controller.subscribe((model) => this.onModel(model));
    opts.bridge.onIntent((intent) => this.onIntent(intent));
    opts.bridge.onTransform((transform) => {
      this.hits.setTransform(transform);
      this.probe.mapView = { zoom: transform.zoom, offsetX: transform.offsetX, offsetY: transform.offsetY, viewFactor: transform.viewFactor };
    });
    opts.bridge.onDrawn((screen) => {
      if (screen !== 'game' || this.probe.mapInteractiveAt !== null) return;
      const mark = (): void => {
        if (this.probe.rendered && this.probe.mapInteractiveAt === null) this.probe.mapInteractiveAt = performance.now();
        else if (this.probe.mapInteractiveAt === null) requestAnimationFrame(mark);
      };
      mark();
    });
    opts.bridge.onReady(() => {
      this.probe.mapReady = true;
      document.body.dataset.mapReady = 'true';
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
    byId('btn-undo').addEventListener('click', () => void this.undo());
    byId('btn-export').addEventListener('click', () => this.exportSave());
    byId('btn-import').addEventListener('click', () => byId<HTMLInputElement>('file-import').click());
    byId<HTMLInputElement>('file-import').addEventListener('change', (e) => this.importFile(e));
    byId('btn-large').addEventListener('click', () => this.toggleLarge());
    byId('btn-new').addEventListener('click', () => {
      if (this.screen === 'game' && !this.model?.over && !window.confirm(t('ui.top.confirmNew'))) return;
      this.showSetup();
    });
    byId('handoff-ready').addEventListener('click', () => opts.controller.acceptHandoff());
    const gestures = new MapGestures(byId('stage'), opts.bridge, [byId('stage-canvas'), byId('map-fx'), byId('map-hits')]);
    byId('map-zoom-in').addEventListener('click', () => gestures.zoomBy(1));
    byId('map-zoom-out').addEventListener('click', () => gestures.zoomBy(-1));
    byId('map-reset').addEventListener('click', () => gestures.reset());
    this.applyStaticText();
    this.layout.start();
  }

  private applyStaticText(): void {
    document.title = `${t('ui.appTitle')} — ${t('ui.appSubtitle')}`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t ?? '');
    for (const el of document.querySelectorAll<HTMLElement>('[data-t-title]')) el.title = t(el.dataset.tTitle ?? '');
    for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]')) el.setAttribute('aria-label', t(el.dataset.tLabel ?? ''));
  }

  // ---------------------------------------------------------------------------------------------
  // Screens

  private setScreen(screen: AppScreen): void {
    // A reload must resume the running game, not repeat the URL's one-off instructions.
    if (screen !== 'setup' && location.search !== '') history.replaceState(null, '', location.pathname);
    this.screen = screen;
    this.probe.screen = screen;
    document.body.dataset.screen = screen;
    if (screen !== 'game') {
      byId('handoff').hidden = true;
      document.body.dataset.handoff = 'false';
    }
    // The setup and debrief screens cover the game: what is under them takes no focus and is not
    // read out (the keyboard would otherwise wander, unseen, into the covered top bar and map).
    byId('app').inert = screen === 'setup' || screen === 'debrief';
    this.opts.bridge.setScreen(screen === 'setup' ? 'setup' : screen === 'debrief' ? 'debrief' : 'game');
  }

  /** The setup screen; `notResumed` is why the stored game just failed to resume, if it did. */
  showSetup(notResumed?: string): void {
    this.replay.stop();
    this.lastMapKey = '';
    this.setScreen('setup');
    const loaded = this.opts.slot.load();
    // A stored game the rules refused stays stored, and the notice offers it for download.
    const stored: StoredGame =
      notResumed !== undefined && loaded.kind === 'game' ? { kind: 'unreadable', text: loaded.text, problem: { code: 'notResumed', reason: notResumed } } : loaded;
    renderSetup(byId('setup'), {
      fastBots: this.opts.fastBots,
      stored,
      onStart: (choice) => void this.startGame(choice),
      onResume: stored.kind === 'game' ? () => void this.resumeStored(stored.save) : null,
      onImport: () => byId<HTMLInputElement>('file-import').click(),
      onDismissStored: () => {
        this.opts.slot.clear();
        this.showSetup();
      },
    });
    this.opts.bridge.setSnapshot(null);
  }

  private async startGame(choice: SetupChoice): Promise<void> {
    this.opts.setBotDelay(choice.fastBots ? 0 : BOT_DELAY_MS);
    this.resetGameUi();
    this.setScreen('game');
    const result = await this.opts.controller.start(choice.config);
    if (!result.ok) {
      this.toast(say(result.error));
      this.showSetup();
    }
  }

  async resume(save: SaveFile): Promise<void> {
    this.resetGameUi();
    this.setScreen('game');
    const result = await this.opts.controller.start(save.config, save.steps);
    if (!result.ok) {
      this.toast(say(result.error));
      this.showSetup();
    }
  }

  /** Resume the game kept in this browser; if the rules refuse it, the setup screen says so and keeps it. */
  async resumeStored(save: SaveFile): Promise<void> {
    this.resetGameUi();
    this.setScreen('game');
    const result = await this.opts.controller.start(save.config, save.steps);
    if (!result.ok) this.showSetup(say(result.error));
  }

  private resetGameUi(): void {
    this.hand.reset();
    this.panelKeys.clear();
    this.lastMapKey = '';
    this.model = null;
    this.lastRendered = null;
    this.selection = NONE;
    this.topBar.reset();
    this.log.reset();
  }

  // ---------------------------------------------------------------------------------------------
  // The model

  private onModel(model: UiModel): void {
    this.model = model;
    this.probe.model = model;
    if (this.screen === 'replay' || this.screen === 'setup') return;
    this.selection = normalise(this.selection, model.legal, model.hand);
    if (model.over && this.screen === 'game') this.setScreen('debrief');
    // Fast bots can move many times a frame: draw once per frame, with the latest model.
    if (this.renderScheduled) return;
    this.renderScheduled = true;
    requestAnimationFrame(() => {
      this.renderScheduled = false;
      if (this.screen === 'replay' || this.screen === 'setup') return;
      const previous = this.lastRendered;
      this.lastRendered = this.model;
      this.render(previous);
      this.probe.rendered = this.model;
    });
  }

  /** Redraw a panel only when what it shows changed: every redraw costs layout and paint. */
  private readonly panelKeys = new Map<string, string>();

  private changed(panel: string, key: unknown): boolean {
    const text = JSON.stringify(key);
    if (this.panelKeys.get(panel) === text) return false;
    this.panelKeys.set(panel, text);
    return true;
  }

  private render(previous: UiModel | null): void {
    const model = this.model;
    if (!model) return;
    const animate = previous !== null && model.steps > previous.steps;
    const b = model.board;
    this.pushMap(model.scenario, b, animate);
    if (this.changed('top', [b.round, b.order, b.unrest, b.regime, b.rescuedBy, b.capital, model.active, model.canUndo, b.scenarioId])) {
      this.topBar.render(model.scenario, b, model);
      this.layout.fitTopBar();
    }
    if (
      this.changed('powers', [
        b.vp,
        b.pool,
        b.handCounts,
        b.actionsTaken,
        b.hasAgenda,
        b.overstretch,
        b.otsReadiness,
        b.cstoWilling,
        model.active,
        model.thinking,
        model.config.seats,
      ])
    )
      renderPowers(byId('powers'), model.scenario, b, model);
    if (this.changed('events', [b.round, b.over, b.scenarioId])) renderEvents(byId('events'), model.scenario, b);
    this.log.render(model.log);
    if (this.changed('hand', [model.viewer, model.hand, model.agenda, model.legal, model.active, model.thinking, model.handoff, b.pending, b.pool, this.selection, this.screen]))
      this.renderHand(model);
    renderHandoffOverlay(model, this.screen === 'game', () => this.hits.hideTip());
    if (animate) this.dice.showRollsSince(previous.log.length, model.log);
    if (this.screen === 'debrief') this.renderDebriefScreen(model);
    this.updateHits();
    this.log.scrollToEnd();
  }

  private lastMapKey = '';

  private pushMap(scenario: Scenario, board: PublicView, animate: boolean): void {
    const targets = this.model && this.screen === 'game' ? targetsFor(this.selection, this.model.legal) : [];
    const spaces = spaceSnapshots(scenario, board);
    // An unchanged map wakes nothing: Phaser sleeps while the board is still.
    const key = JSON.stringify([spaces, targets]);
    if (key === this.lastMapKey && this.opts.bridge.current() !== null) return;
    this.lastMapKey = key;
    this.opts.bridge.setSnapshot({ spaces, targets, animate });
  }

  // ---------------------------------------------------------------------------------------------
  // The hand and the actions

  private renderHand(model: UiModel): void {
    this.hand.render(byId('hand'), model, this.selection, this.screen === 'replay');
  }

  private chooseEvent(card: string, moves: readonly Move[]): void {
    if (moves.length === 0) return;
    const [only] = moves;
    if (moves.length === 1 && only && !(only.type === 'playEvent' && only.target)) {
      void this.act(only);
      return;
    }
    this.selection = { kind: 'event', card };
    this.focusTargetsNext = true;
    this.rerender();
  }

  private chooseOp(op: Operation): void {
    this.selection = { kind: 'op', op };
    this.focusTargetsNext = true;
    this.rerender();
  }

  private cancel(): void {
    this.selection = NONE;
    if (this.model) this.selection = normalise(NONE, this.model.legal, this.model.hand);
    this.rerender();
  }

  private rerender(): void {
    if (!this.model) return;
    // A new model is already waiting for the next frame (a move just made): that frame draws the
    // selection too. Drawing the hand, map and buttons now as well only did it all twice per move.
    if (this.renderScheduled) return;
    this.probe.rendered = null;
    this.panelKeys.delete('hand');
    this.renderHand(this.model);
    this.pushMap(this.model.scenario, this.model.board, false);
    this.updateHits();
    if (this.lastRendered === this.model) this.probe.rendered = this.model;
  }

  private async act(move: Move): Promise<void> {
    const result = await this.opts.controller.act(move);
    if (!result.ok) this.toast(say(result.error));
    else {
      this.selection = NONE;
      // Operations go on: put the keyboard on the first legal space.
      if (this.model?.board.pending && this.model.viewer === move.power) this.focusTargetsNext = true;
    }
    if (this.model) {
      this.selection = normalise(this.selection, this.model.legal, this.model.hand);
      this.rerender();
    }
  }

  /** What pressing a space does: on a screen that cannot hover, the first tap shows its facts, and a
   *  second tap (or the facts' button) acts; a mouse click or the keyboard acts at once. */
  private onSpace(space: SpaceId | null, pointer: string): void {
    const model = this.model;
    if (space === null) {
      this.hits.hideTip();
      return;
    }
    const cannotHover = pointer === 'touch' || pointer === 'pen' || (pointer === 'mouse' && window.matchMedia('(hover: none)').matches);
    if (cannotHover && this.hits.pinnedSpace() !== space && (this.screen === 'game' || this.screen === 'replay')) {
      this.hits.pinFacts(space);
      return;
    }
    if (!model || this.screen !== 'game') return;
    if (model.handoff) return;
    if (!model.viewer || model.active !== model.viewer) {
      this.toast(model.active ? t('reject.notYourTurn', { power: powerName(model.viewer ?? model.active), active: powerName(model.active) }) : t('reject.gameOver'));
      return;
    }
    const moves = movesAt(this.selection, space, model.legal);
    const [first] = moves;
    if (moves.length === 1 && first) {
      void this.act(first);
      return;
    }
    if (moves.length > 1) {
      this.selection = { kind: 'rival', space };
      this.rerender();
      return;
    }
    const intended = intendedMove(this.selection, space, model.viewer, model.legal);
    if (!intended) {
      // No card or operation chosen: ask the kernel about the simplest thing a click could mean.
      const guess: Move = { type: 'place', power: model.viewer, space };
      const reason = this.opts.controller.check(guess);
      this.toast(reason ? say(reason) : t('ui.error.chooseCard'));
      return;
    }
    const reason = this.opts.controller.check(intended);
    this.toast(reason ? say(reason) : t('ui.error.notTarget', { space: spaceName(space) }));
  }

  // ---------------------------------------------------------------------------------------------
  // Map overlay: one focusable button per space over its plate (keyboard, tooltips, tests)

  /** The board on the map: the replay's frame in the viewer, else the game's. */
  private shownBoard(): { readonly scenario: Scenario; readonly board: PublicView } | null {
    const model = this.model;
    if (!model) return null;
    return (this.screen === 'replay' ? this.replay.frameBoard() : undefined) ?? { scenario: model.scenario, board: model.board };
  }

  private updateHits(): void {
    const model = this.model;
    const shown = this.shownBoard();
    if (!model || !shown || this.screen === 'setup' || this.screen === 'debrief') {
      this.hits.clear();
      return;
    }
    this.hits.update(shown.scenario, shown.board, new Set(this.screen === 'game' ? targetsFor(this.selection, model.legal) : []));
    if (this.focusTargetsNext) {
      this.focusTargetsNext = false;
      this.hits.focusFirstTarget();
    }
  }

  /** The label of the pinned facts' button for `space`: what choosing it would do now, if it is a legal target. */
  private actionFor(space: SpaceId): string | null {
    const model = this.model;
    if (!model || this.screen !== 'game' || model.handoff || !targetsFor(this.selection, model.legal).includes(space)) return null;
    const selection = this.selection;
    if (selection.kind === 'op') return t('ui.facts.act', { action: t(`ui.op.${selection.op}`) });
    if (selection.kind === 'event') return t('ui.facts.actEvent', { card: cardTitle(selection.card) });
    return null;
  }

  private onIntent(intent: MapIntent): void {
    if (intent.kind === 'click') this.onSpace(intent.space, intent.pointer);
    else if (intent.space) this.hits.showTip(intent.space, null, { x: intent.clientX + 16, y: intent.clientY + 12 });
    else this.hits.hideTip(false);
  }

  toast(message: string): void {
    showToast(message);
  }

  // ---------------------------------------------------------------------------------------------
  // Keyboard, undo, save, import, large text

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      if (this.selection.kind === 'event' || this.selection.kind === 'rival') {
        this.cancel();
        e.preventDefault();
      }
      this.hits.hideTip();
      return;
    }
    if (this.screen === 'replay') this.replay.onKey(e.key);
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && this.screen === 'game') {
      e.preventDefault();
      void this.undo();
    }
  }

  private async undo(): Promise<void> {
    if (!(await this.opts.controller.undo())) return;
    this.selection = NONE;
  }

  private exportSave(): void {
    const save = this.replay.save() ?? this.opts.controller.exportSave();
    if (save) downloadSave(save);
  }

  private importFile(e: Event): void {
    void importSaveFile(e.target as HTMLInputElement, {
      onError: (message) => this.toast(message),
      onSave: (save) =>
        askImport(byId<HTMLDialogElement>('import-dialog'), save, {
          onResume: (chosen) => void this.resume(chosen),
          onReplay: (chosen) => void this.startReplay(chosen),
        }),
      onReplayOnly: (save, frames, note) => {
        this.replay.show(save, frames);
        this.toast(note);
      },
    });
  }

  private toggleLarge(): void {
    this.large = !this.large;
    document.documentElement.classList.toggle('large', this.large);
    byId('btn-large').setAttribute('aria-pressed', String(this.large));
    this.opts.bridge.setLarge(this.large);
    this.layout.fitTopBar();
  }

  // ---------------------------------------------------------------------------------------------
  // Replay viewer

  startReplay(save: SaveFile): Promise<void> {
    return this.replay.start(save);
  }

  /** The replay viewer draws its frames in the game's panels, with no live model. */
  private drawReplayFrame(scenario: Scenario, board: PublicView, log: readonly UiLogEntry[], forward: boolean): void {
    this.opts.bridge.setSnapshot({ spaces: spaceSnapshots(scenario, board), targets: [], animate: forward });
    this.topBar.render(scenario, board, null);
    renderPowers(byId('powers'), scenario, board, null);
    renderEvents(byId('events'), scenario, board);
    this.log.render(log);
    this.log.scrollToEnd();
  }

  private closeReplay(): void {
    this.replay.stop();
    if (this.model) {
      this.resetGameUiKeepModel();
      this.setScreen(this.model.over ? 'debrief' : 'game');
      this.render(null);
    } else this.showSetup();
  }

  private resetGameUiKeepModel(): void {
    this.panelKeys.clear();
    this.lastMapKey = '';
    this.log.clear();
  }

  // ---------------------------------------------------------------------------------------------
  // Debrief

  private renderDebriefScreen(model: UiModel): void {
    renderDebrief(byId('debrief'), model, {
      onPrint: () => window.print(),
      onReplay: () => {
        const save = this.opts.controller.exportSave();
        if (save) void this.startReplay(save);
      },
      onExport: () => this.exportSave(),
      onNew: () => this.showSetup(),
    });
  }

  /** For the setup screen's defaults: the config of the last game. */
  lastConfig(): GameConfig | null {
    return this.model?.config ?? null;
  }
}

export function isPower(value: string): value is Power {
  return (POWERS as readonly string[]).includes(value);
}
