// The DOM side of the browser game: screens (setup, game, handoff, debrief, replay), the panels
// around the map, keyboard play, and the wiring between the controller, the map bridge and the
// Phaser scenes. It renders UiModels; the controller decides.
import { t } from '../i18n/catalogue.js';
import { POWERS, type Move, type Power, type SpaceId } from '../rules/types.js';
import { scenarioOf, spaceSnapshots } from './board.js';
import type { MapBridge, MapIntent, MapTransform } from './bridge.js';
import type { Controller } from './controller.js';
import { cardTitle, describeEvent, describeMove, formatDate, powerName, shortDate, spaceName } from './describe.js';
import { byId, h, replace } from './dom.js';
import { availableOps, eventMovesFor, intendedMove, movesAt, normalise, NONE, opsMoveFor, targetsFor, type Selection } from './interaction.js';
import { buildReplay, type ReplayFrame } from './replay.js';
import { parseSave, serialiseSave, type SaveSlot } from './save.js';
import { scenarioById } from './scenarios.js';
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
  private transform: MapTransform | null = null;
  private renderedLog = 0;
  private renderedLogFirst: UiLogEntry | null = null;
  private replay: { frames: ReplayFrame[]; index: number; save: SaveFile } | null = null;
  private large = false;
  private readonly probe: QantarProbe = { screen: 'setup', mapReady: false, model: null, rendered: null, animations: 0, mapInteractiveAt: null };
  private lastUnrest: number | null = null;
  private diceTimer: ReturnType<typeof setTimeout> | null = null;
  private focusTargetsNext = false;
  private renderScheduled = false;
  private lastRendered: UiModel | null = null;

  constructor(private readonly opts: AppOptions) {
    window.__qantar = this.probe;
    opts.controller.subscribe((model) => this.onModel(model));
    opts.bridge.onIntent((intent) => this.onIntent(intent));
    opts.bridge.onTransform((transform) => {
      this.transform = transform;
      this.positionHits();
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
    byId<HTMLInputElement>('file-import').addEventListener('change', (e) => void this.importFile(e));
    byId('btn-large').addEventListener('click', () => this.toggleLarge());
    byId('btn-new').addEventListener('click', () => {
      if (this.screen === 'game' && !this.model?.over && !window.confirm(t('ui.top.confirmNew'))) return;
      this.showSetup();
    });
    byId('handoff-ready').addEventListener('click', () => opts.controller.acceptHandoff());
    this.applyStaticText();
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
    this.opts.bridge.setScreen(screen === 'setup' ? 'setup' : screen === 'debrief' ? 'debrief' : 'game');
  }

  showSetup(): void {
    this.replay = null;
    this.lastMapKey = '';
    this.setScreen('setup');
    const saved = this.opts.slot.load();
    renderSetup(byId('setup'), {
      fastBots: this.opts.fastBots,
      saved,
      onStart: (choice) => void this.startGame(choice),
      onResume: saved ? () => void this.resume(saved) : null,
      onImport: () => byId<HTMLInputElement>('file-import').click(),
    });
    this.opts.bridge.setSnapshot(null);
  }

  private async startGame(choice: SetupChoice): Promise<void> {
    this.opts.setBotDelay(choice.fastBots ? 0 : BOT_DELAY_MS);
    this.resetGameUi();
    this.setScreen('game');
    const result = await this.opts.controller.start(choice.config);
    if (!result.ok) {
      this.toast(result.reason);
      this.showSetup();
    }
  }

  async resume(save: SaveFile): Promise<void> {
    this.resetGameUi();
    this.setScreen('game');
    const result = await this.opts.controller.start(save.config, save.steps);
    if (!result.ok) {
      this.toast(result.reason);
      this.showSetup();
    }
  }

  private resetGameUi(): void {
    this.cardsKey = '';
    this.cardsEl = null;
    this.panelKeys.clear();
    this.lastMapKey = '';
    this.model = null;
    this.lastRendered = null;
    this.selection = NONE;
    this.renderedLog = 0;
    this.renderedLogFirst = null;
    this.lastUnrest = null;
    replace(byId('log-list'));
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
    this.pushMap(b, animate);
    if (this.changed('top', [b.round, b.order, b.unrest, b.regime, b.rescuedBy, b.capital, model.active, model.canUndo, b.scenarioId])) this.renderTop(b, model);
    if (this.changed('powers', [b.vp, b.pool, b.handCounts, b.actionsTaken, b.hasAgenda, b.overstretch, b.otsReadiness, b.cstoWilling, model.active, model.thinking, model.config.seats])) this.renderPowers(b, model);
    if (this.changed('events', [b.round, b.over, b.scenarioId])) this.renderEvents(b);
    this.renderLog(model.log);
    if (this.changed('hand', [model.viewer, model.hand, model.agenda, model.legal, model.active, model.thinking, model.handoff, b.pending, b.pool, this.selection, this.screen])) this.renderHand(model);
    this.renderHandoff(model);
    if (animate && previous) this.animateLog(previous.log.length, model.log);
    if (this.screen === 'debrief') this.renderDebriefScreen(model);
    this.updateHits();
  }

  private lastMapKey = '';

  private pushMap(board: PublicView, animate: boolean): void {
    const targets = this.model && this.screen === 'game' ? targetsFor(this.selection, this.model.legal) : [];
    const spaces = spaceSnapshots(board);
    // An unchanged map wakes nothing: Phaser sleeps while the board is still.
    const key = JSON.stringify([spaces, targets]);
    if (key === this.lastMapKey && this.opts.bridge.current() !== null) return;
    this.lastMapKey = key;
    this.opts.bridge.setSnapshot({ spaces, targets, animate });
  }

  // ---------------------------------------------------------------------------------------------
  // Top bar

  private renderTop(board: PublicView, model: UiModel | null): void {
    const scenario = scenarioOf(board);
    const rounds = scenario.rounds.length;
    const round = Math.min(board.round, rounds);
    const date = scenario.rounds[round - 1]?.date ?? '';
    replace(
      byId('top-date'),
      h('span', { class: 'date' }, formatDate(date)),
      h('span', { class: 'round' }, t('ui.top.round', { round, rounds })),
    );
    replace(
      byId('top-order'),
      h('span', { class: 'label' }, t('ui.top.order')),
      h(
        'ol',
        { class: 'order' },
        board.order.map((p, i) =>
          h('li', { class: `chip power-${p}${model && model.active === p ? ' active' : ''}`, 'aria-current': model?.active === p ? 'true' : null }, h('span', { class: `shape shape-${p}`, 'aria-hidden': 'true' }), powerName(p), i < board.order.length - 1 ? '' : ''),
        ),
      ),
    );
    const threshold = scenario.options.callThreshold;
    const cells = [];
    for (let i = 0; i <= 10; i++) {
      cells.push(h('li', { class: `cell${i === board.unrest ? ' current' : ''}${i >= threshold ? ' danger' : ''}${i === 10 ? ' fall' : ''}` }, String(i)));
    }
    const track = byId('top-unrest');
    replace(
      track,
      h('span', { class: 'label' }, t('ui.top.unrest')),
      h('ol', { class: 'track', role: 'img', 'aria-label': t('ui.top.unrestValue', { value: board.unrest, threshold }) }, cells),
    );
    if (this.lastUnrest !== null && this.lastUnrest !== board.unrest) {
      track.classList.remove('moved');
      void track.offsetWidth;
      track.classList.add('moved');
      this.probe.animations += 1;
    }
    this.lastUnrest = board.unrest;
    const regime = board.regime === 'rescued' ? t('ui.regime.rescued', { power: powerName(board.rescuedBy) }) : t(`ui.regime.${board.regime}`);
    replace(
      byId('top-regime'),
      h('span', { class: 'label' }, t('ui.top.regime')),
      h('span', { class: `regime regime-${board.regime}` }, regime),
      board.capital ? h('span', { class: 'capital' }, t('ui.top.capital', { power: powerName(board.capital) })) : null,
    );
    const undo = byId<HTMLButtonElement>('btn-undo');
    undo.disabled = !(model?.canUndo ?? false);
    byId('top-scenario').textContent = t(`scenario.${board.scenarioId}.title`);
  }

  // ---------------------------------------------------------------------------------------------
  // Side panel: powers, coming events, log

  private renderPowers(board: PublicView, model: UiModel | null): void {
    const scenario = scenarioOf(board);
    const seats = model?.config.seats;
    const rows = POWERS.map((p) => {
      const kind = seats?.[p];
      const extra: (string | HTMLElement)[] = [];
      if (p === 'russia') extra.push(t('ui.powers.overstretch', { value: board.overstretch, max: scenario.options.overstretchMax }));
      if (p === 'turkey') extra.push(t('ui.powers.ots', { value: board.otsReadiness, need: scenario.options.otsReadyAt }));
      if (p === 'russia') extra.push(t('ui.powers.csto', { value: board.cstoWilling ? t('ui.yes') : t('ui.no') }));
      const active = model?.active === p;
      return h(
        'li',
        { class: `power power-${p}${active ? ' active' : ''}`, 'data-power': p },
        h('div', { class: 'power-head' }, h('span', { class: `shape shape-${p}`, 'aria-hidden': 'true' }), h('strong', {}, powerName(p)), h('span', { class: 'seat' }, kind ? (kind === 'human' ? t('ui.powers.human') : t('ui.powers.bot', { level: t(`ui.level.${kind}`) })) : ''), model?.thinking === p ? h('span', { class: 'thinking' }, t('ui.powers.thinking')) : active ? h('span', { class: 'to-act' }, t('ui.powers.active')) : null),
        h(
          'div',
          { class: 'power-stats' },
          h('span', { class: 'vp', title: t('ui.powers.vpLong', { vp: board.vp[p] }) }, h('b', {}, String(board.vp[p])), ` ${t('ui.powers.vp')}`),
          h('span', { class: 'ip', title: t('ui.powers.ipLong', { ip: board.pool[p] }) }, h('b', {}, String(board.pool[p])), ` ${t('ui.powers.ip')}`),
          h('span', { class: 'cards', title: t('ui.powers.cards', { count: board.handCounts[p] }) }, t('ui.powers.cardsShort', { count: board.handCounts[p] })),
          h('span', { class: 'actions' }, t('ui.powers.actions', { taken: board.actionsTaken[p], max: scenario.options.turnsPerRound })),
          board.hasAgenda[p] ? h('span', { class: 'agenda', title: t('ui.powers.agenda') }, t('ui.powers.agendaShort')) : null,
        ),
        extra.length > 0 ? h('div', { class: 'power-extra' }, extra.map((x) => h('span', {}, x))) : null,
      );
    });
    replace(byId('powers'), h('h2', {}, t('ui.powers.heading')), h('ul', { class: 'power-list' }, rows));
  }

  private renderEvents(board: PublicView): void {
    const scenario = scenarioOf(board);
    const items = [];
    for (let r = board.round + 1; r <= scenario.rounds.length; r++) {
      const def = scenario.rounds[r - 1];
      if (!def) continue;
      items.push(
        h(
          'li',
          {},
          h('div', { class: 'ev-round' }, t('ui.events.round', { round: r, date: shortDate(def.date) })),
          def.events.map((id) => h('div', { class: 'ev', title: t(`event.${id}.text`) }, t(`event.${id}.title`))),
          def.scoring ? h('div', { class: 'ev scoring' }, t('ui.events.scoring')) : null,
        ),
      );
    }
    const current = scenario.rounds[board.round - 1];
    replace(
      byId('events'),
      h('h2', {}, t('ui.events.heading')),
      current?.scoring && !board.over ? h('p', { class: 'ev scoring now' }, t('ui.events.scoring')) : null,
      items.length > 0 ? h('ol', { class: 'event-list' }, items) : h('p', { class: 'muted' }, t('ui.events.none')),
    );
  }

  private logEntry(entry: UiLogEntry): HTMLElement {
    const head = entry.move ? describeMove(entry.move) : entry.index === 0 ? t('ui.log.setup') : '';
    const lines: HTMLElement[] = [];
    for (const e of entry.events) {
      lines.push(h('li', { class: `ev-${e.kind}` }, describeEvent(e)));
      if (e.kind === 'cardPlayed' && e.mode === 'event') lines.push(h('li', { class: 'note' }, t('ui.log.note', { note: t(`card.${e.card}.note`) })));
      if (e.kind === 'scheduledEvent') lines.push(h('li', { class: 'note' }, t('ui.log.note', { note: t(`event.${e.id}.note`) })));
    }
    return h(
      'li',
      { class: `entry${entry.power ? ` power-${entry.power}` : ''}`, 'data-index': entry.index },
      h('div', { class: 'entry-head' }, entry.power ? h('span', { class: `shape shape-${entry.power}`, 'aria-hidden': 'true' }) : null, head),
      entry.explanation ? h('div', { class: 'bot-why' }, t('ui.log.bot', { text: entry.explanation })) : null,
      h('ul', { class: 'entry-events' }, lines),
    );
  }

  private renderLog(log: readonly UiLogEntry[]): void {
    const list = byId('log-list');
    const restart = log.length < this.renderedLog || (log[0] !== undefined && this.renderedLogFirst !== null && log[0].events !== this.renderedLogFirst.events && this.renderedLog === 0);
    if (restart || log.length < this.renderedLog) {
      replace(list);
      this.renderedLog = 0;
    }
    for (let i = this.renderedLog; i < log.length; i++) {
      const entry = log[i];
      if (entry) list.append(this.logEntry(entry));
    }
    this.renderedLog = log.length;
    this.renderedLogFirst = log[0] ?? null;
    const scroller = byId('log');
    scroller.scrollTop = scroller.scrollHeight;
  }

  // ---------------------------------------------------------------------------------------------
  // The hand and the actions

  private renderHand(model: UiModel): void {
    const panel = byId('hand');
    panel.dataset.state = model.viewer ? 'own' : 'hidden';
    // With no human seat nobody needs a hand panel: give its room to the map.
    document.body.dataset.spectator = String(POWERS.every((p) => model.config.seats[p] !== 'human'));
    if (this.screen === 'replay') return;
    if (!model.viewer || !model.hand) {
      let message = t('ui.hand.hidden');
      if (model.thinking) message = t('ui.hand.waitingBot', { power: powerName(model.thinking) });
      else if (model.active && !model.handoff) message = t('ui.hand.waitingHuman', { power: powerName(model.active) });
      if (POWERS.every((p) => model.config.seats[p] !== 'human')) message = `${t('ui.hand.spectator')} ${model.thinking ? t('ui.bot.thinking', { power: powerName(model.thinking) }) : ''}`;
      replace(panel, h('p', { class: 'hand-message', role: 'status' }, message));
      return;
    }
    const viewer = model.viewer;
    const myTurn = model.active === viewer && model.legal.length > 0;
    const board = model.board;
    const pending = board.pending;
    const scenario = scenarioOf(board);
    let prompt = t('ui.hand.notYourTurn', { power: powerName(model.active) });
    if (myTurn) {
      prompt = t('ui.hand.yourTurn', { power: powerName(viewer) });
      if (pending) prompt = t('ui.hand.opsPrompt', { card: cardTitle(pending.card), points: pending.pointsLeft, boost: Math.min(pending.boostLeft, board.pool[viewer]) });
      if (this.selection.kind === 'event') prompt = t('ui.hand.chooseTarget', { card: cardTitle(this.selection.card) });
      if (this.selection.kind === 'rival') prompt = t('ui.hand.chooseRival', { space: spaceName(this.selection.space) });
    }
    // The cards keep their elements (and an open historical note) while nothing about them changes.
    const hand = model.hand;
    const cardsKey = JSON.stringify([hand, myTurn && !pending, myTurn && !pending ? model.legal.filter((m) => m.type === 'playOps' || m.type === 'playEvent') : [], this.selection]);
    const cards = cardsKey === this.cardsKey && this.cardsEl ? null : hand.map((id) => {
      const def = scenario.cards.find((c) => c.id === id);
      const opsMove = myTurn && !pending ? opsMoveFor(id, model.legal) : undefined;
      const eventMoves = myTurn && !pending ? eventMovesFor(id, model.legal) : [];
      const selected = this.selection.kind === 'event' && this.selection.card === id;
      const side = def?.side ?? 'any';
      return h(
        'article',
        { class: `card side-${side}${selected ? ' selected' : ''}`, 'data-card': id, 'aria-label': cardTitle(id) },
        h('header', {}, h('span', { class: 'ops', title: t('ui.card.ops', { ops: def?.ops ?? 0 }) }, String(def?.ops ?? '?')), h('h3', {}, cardTitle(id))),
        h('div', { class: 'side' }, side === 'any' ? t('ui.card.side.any') : t('ui.card.side', { power: powerName(side) }), def?.removeAfterEvent ? ` · ${t('ui.card.oneOff')}` : ''),
        h('p', { class: 'text' }, t(`card.${id}.text`)),
        h('details', { class: 'note' }, h('summary', {}, t('ui.card.note')), h('p', {}, def ? t('ui.card.date', { date: formatDate(def.date), source: def.source }) : ''), h('p', {}, t(`card.${id}.note`))),
        myTurn && !pending
          ? h(
              'div',
              { class: 'card-actions' },
              h('button', { class: 'btn play-ops', disabled: !opsMove, onclick: () => opsMove && void this.act(opsMove) }, t('ui.card.playOps', { ops: def?.ops ?? 0 })),
              h('button', { class: 'btn play-event', disabled: eventMoves.length === 0, title: eventMoves.length === 0 ? t('ui.card.eventBlocked') : null, onclick: () => this.chooseEvent(id, eventMoves) }, t('ui.card.playEvent')),
            )
          : null,
      );
    });
    const actions: HTMLElement[] = [];
    if (myTurn && pending) {
      const ops = availableOps(model.legal);
      for (const op of ops) {
        const active = this.selection.kind === 'op' && this.selection.op === op;
        actions.push(h('button', { class: `btn op${active ? ' active' : ''}`, 'aria-pressed': active ? 'true' : 'false', 'data-op': op, onclick: () => this.chooseOp(op) }, t(`ui.op.${op}`)));
      }
      const end = model.legal.find((m) => m.type === 'endOps');
      if (end) actions.push(h('button', { class: 'btn end-ops', onclick: () => void this.act(end) }, t('ui.action.endOps')));
    }
    if (myTurn && this.selection.kind === 'rival') {
      const space = this.selection.space;
      for (const m of model.legal) {
        if (m.type === 'destabilise' && m.space === space) actions.push(h('button', { class: `btn rival power-${m.rival}`, onclick: () => void this.act(m) }, powerName(m.rival)));
      }
    }
    if (myTurn && !pending) {
      const answer = model.legal.find((m) => m.type === 'answerCall');
      if (answer) actions.push(h('button', { class: 'btn answer', onclick: () => void this.act(answer) }, t('ui.action.answerCall')));
      const pass = model.legal.find((m) => m.type === 'pass');
      if (pass) actions.push(h('button', { class: 'btn pass', onclick: () => void this.act(pass) }, t('ui.action.pass')));
    }
    if (this.selection.kind === 'event' || this.selection.kind === 'rival') actions.push(h('button', { class: 'btn cancel', onclick: () => this.cancel() }, t('ui.action.cancel')));
    replace(
      panel,
      h(
        'div',
        { class: 'hand-head' },
        h('h2', {}, h('span', { class: `shape shape-${viewer}`, 'aria-hidden': 'true' }), t('ui.hand.heading', { power: powerName(viewer) })),
        h('p', { class: 'prompt', role: 'status' }, prompt),
        model.agenda ? h('p', { class: 'agenda', title: t(`agenda.${model.agenda}.text`) }, `${t('ui.agenda.heading')}: `, h('b', {}, t(`agenda.${model.agenda}.title`)), ` — ${t(`agenda.${model.agenda}.text`)}`) : null,
      ),
      this.cardsFor(cardsKey, cards),
      actions.length > 0 ? h('div', { class: 'actions' }, actions) : null,
    );
  }

  private cardsKey = '';
  private cardsEl: HTMLElement | null = null;

  private cardsFor(key: string, cards: HTMLElement[] | null): HTMLElement {
    if (cards === null && this.cardsEl) return this.cardsEl;
    const el = h('div', { class: 'cards' }, cards && cards.length > 0 ? cards : h('p', { class: 'muted' }, t('ui.hand.empty')));
    this.cardsKey = key;
    this.cardsEl = el;
    return el;
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

  private chooseOp(op: Extract<Selection, { kind: 'op' }>['op']): void {
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
    this.probe.rendered = null;
    this.panelKeys.delete('hand');
    this.renderHand(this.model);
    this.pushMap(this.model.board, false);
    this.updateHits();
    if (this.lastRendered === this.model) this.probe.rendered = this.model;
  }

  private async act(move: Move): Promise<void> {
    const result = await this.opts.controller.act(move);
    if (!result.ok) this.toast(result.reason);
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

  private onSpace(space: SpaceId | null): void {
    const model = this.model;
    if (!model || this.screen !== 'game' || space === null) return;
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
      const guess: Move = model.board.pending ? { type: 'place', power: model.viewer, space } : { type: 'place', power: model.viewer, space };
      const reason = this.opts.controller.check(guess);
      this.toast(reason ?? t('ui.error.chooseCard'));
      return;
    }
    this.toast(this.opts.controller.check(intended) ?? t('ui.error.notTarget', { space: spaceName(space) }));
  }

  // ---------------------------------------------------------------------------------------------
  // Map overlay: one focusable button per space over its plate (keyboard, tooltips, tests)

  private updateHits(): void {
    const layer = byId('map-hits');
    const model = this.model;
    if (!model || this.screen === 'setup' || this.screen === 'debrief') {
      replace(layer);
      return;
    }
    const board = this.screen === 'replay' && this.replay ? this.replay.frames[this.replay.index]?.board ?? model.board : model.board;
    const targets = new Set(this.screen === 'game' ? targetsFor(this.selection, model.legal) : []);
    const spaces = spaceSnapshots(board);
    const existing = new Map([...layer.querySelectorAll<HTMLButtonElement>('button.space-hit')].map((b) => [b.dataset.space ?? '', b]));
    for (const s of spaces) {
      let button = existing.get(s.id);
      if (!button) {
        button = h('button', { class: 'space-hit', 'data-space': s.id, type: 'button' });
        const id = s.id;
        button.addEventListener('click', () => this.onSpace(id));
        button.addEventListener('mouseenter', () => this.showTip(id, button ?? null));
        button.addEventListener('focus', () => this.showTip(id, button ?? null));
        button.addEventListener('mouseleave', () => this.hideTip());
        button.addEventListener('blur', () => this.hideTip());
        layer.append(button);
      }
      const target = targets.has(s.id);
      button.classList.toggle('target', target);
      button.tabIndex = target ? 0 : -1;
      button.setAttribute('aria-label', `${spaceName(s.id)}${target ? ` — ${t('ui.map.target', { space: spaceName(s.id) })}` : ''}. ${this.tipText(s.id, board).join('. ')}`);
    }
    this.positionHits();
    if (this.focusTargetsNext) {
      this.focusTargetsNext = false;
      layer.querySelector<HTMLButtonElement>('button.space-hit.target')?.focus();
    }
  }

  private positionHits(): void {
    const transform = this.transform;
    if (!transform) return;
    for (const button of byId('map-hits').querySelectorAll<HTMLButtonElement>('button.space-hit')) {
      const plate = transform.plates[button.dataset.space as SpaceId];
      if (!plate) continue;
      button.style.insetInlineStart = '';
      button.style.left = `${plate.x - plate.w / 2}px`;
      button.style.top = `${plate.y - plate.h / 2}px`;
      button.style.width = `${plate.w}px`;
      button.style.height = `${plate.h}px`;
    }
  }

  private tipText(space: SpaceId, board: PublicView): string[] {
    const s = spaceSnapshots(board).find((x) => x.id === space);
    if (!s) return [];
    const scenario = scenarioOf(board);
    const def = scenario.spaces.find((x) => x.id === space);
    const lines = [
      t('ui.tip.control', { who: s.control ? powerName(s.control) : t('ui.map.uncontrolled') }),
      t('ui.tip.stability', { value: s.stability }),
      t('ui.tip.value', { value: s.value }),
      s.blocs.length > 0 ? t('ui.tip.blocs', { blocs: s.blocs.map((b) => t(`bloc.${b}`)).join(', ') }) : t('ui.tip.noBloc'),
    ];
    if (s.turkic) lines.push(t('ui.tip.turkic'));
    if (s.nearXinjiang) lines.push(t('ui.tip.nearXinjiang'));
    for (const p of POWERS) {
      const inf = t('ui.tip.influence', { power: powerName(p), value: s.influence[p] });
      lines.push(p === 'china' && s.investment > 0 ? `${inf} (${t('ui.tip.investment', { value: s.investment })})` : inf);
    }
    if (def) lines.push(t('ui.tip.neighbours', { list: def.neighbours.map(spaceName).join(', ') }));
    return lines;
  }

  private showTip(space: SpaceId, anchor: HTMLElement | null, at?: { x: number; y: number }): void {
    const model = this.model;
    if (!model) return;
    const board = this.screen === 'replay' && this.replay ? this.replay.frames[this.replay.index]?.board ?? model.board : model.board;
    const tip = byId('tooltip');
    const lines = this.tipText(space, board);
    replace(tip, h('strong', {}, spaceName(space)), h('ul', {}, lines.map((l) => h('li', {}, l))));
    tip.hidden = false;
    const stage = byId('stage').getBoundingClientRect();
    let x = at?.x ?? 0;
    let y = at?.y ?? 0;
    if (anchor) {
      const r = anchor.getBoundingClientRect();
      x = r.right - stage.left + 8;
      y = r.top - stage.top;
    }
    const w = tip.offsetWidth;
    const hgt = tip.offsetHeight;
    if (x + w > stage.width - 4) x = Math.max(4, x - w - (anchor ? anchor.offsetWidth + 16 : 24));
    y = Math.min(Math.max(4, y), stage.height - hgt - 4);
    tip.style.left = `${x}px`;
    tip.style.top = `${y}px`;
  }

  private hideTip(): void {
    byId('tooltip').hidden = true;
  }

  private onIntent(intent: MapIntent): void {
    if (intent.kind === 'click') this.onSpace(intent.space);
    else if (intent.space) this.showTip(intent.space, null, { x: intent.clientX + 16, y: intent.clientY + 12 });
    else this.hideTip();
  }

  // ---------------------------------------------------------------------------------------------
  // Handoff, dice, toasts

  private renderHandoff(model: UiModel): void {
    const overlay = byId('handoff');
    const to = model.handoff?.to ?? null;
    overlay.hidden = to === null || this.screen !== 'game';
    document.body.dataset.handoff = to ? 'true' : 'false';
    if (!to) return;
    byId('toast').hidden = true;
    this.hideTip();
    overlay.className = `overlay handoff power-${to}`;
    byId('handoff-title').textContent = t('ui.handoff.title', { power: powerName(to) });
    byId('handoff-body').textContent = t('ui.handoff.body', { power: powerName(to) });
    const last = [...model.log].reverse().find((e) => e.move);
    byId('handoff-last').textContent = last?.move ? t('ui.handoff.after', { text: describeMove(last.move) }) : '';
    const ready = byId<HTMLButtonElement>('handoff-ready');
    ready.textContent = t('ui.handoff.ready', { power: powerName(to) });
    ready.focus();
  }

  private animateLog(from: number, log: readonly UiLogEntry[]): void {
    for (let i = from; i < log.length; i++) {
      for (const e of log[i]?.events ?? []) if (e.kind === 'dieRolled') this.showDie(e.roll);
    }
  }

  private showDie(roll: number): void {
    const die = byId('dice');
    die.hidden = false;
    die.classList.remove('rolling');
    void die.offsetWidth;
    die.classList.add('rolling');
    die.setAttribute('aria-label', t('ui.dice.label', { roll }));
    byId('dice-face').textContent = String(roll);
    this.probe.animations += 1;
    if (this.diceTimer) clearTimeout(this.diceTimer);
    this.diceTimer = setTimeout(() => {
      die.hidden = true;
    }, 1800);
  }

  toast(message: string): void {
    const box = byId('toast');
    box.textContent = message;
    box.hidden = false;
    box.classList.remove('show');
    void box.offsetWidth;
    box.classList.add('show');
    setTimeout(() => {
      if (box.textContent === message) box.hidden = true;
    }, 4500);
  }

  // ---------------------------------------------------------------------------------------------
  // Keyboard, undo, save, import, large text

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      if (this.selection.kind === 'event' || this.selection.kind === 'rival') {
        this.cancel();
        e.preventDefault();
      }
      this.hideTip();
      return;
    }
    if (this.screen === 'replay' && this.replay) {
      if (e.key === 'ArrowRight') this.replayGo(this.replay.index + 1);
      if (e.key === 'ArrowLeft') this.replayGo(this.replay.index - 1);
    }
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
    const save = this.replay?.save ?? this.opts.controller.exportSave();
    if (!save) return;
    const blob = new Blob([serialiseSave(save)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `qantar-${save.config.scenarioId}-seed${save.config.seed}-${save.steps.length}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseSave(await file.text(), (id) => scenarioById(id) !== undefined);
    if (!parsed.ok) {
      this.toast(t('ui.error.import', { detail: t(`ui.error.importDetail.${parsed.error}`) }));
      return;
    }
    this.askImport(parsed.save);
  }

  private askImport(save: SaveFile): void {
    const dialog = byId<HTMLDialogElement>('import-dialog');
    replace(
      dialog,
      h('h2', {}, t('ui.import.title', { scenario: t(`scenario.${save.config.scenarioId}.title`), seed: save.config.seed, steps: save.steps.length })),
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { class: 'btn primary', id: 'import-resume', onclick: () => { dialog.close(); void this.resume(save); } }, t('ui.import.resume')),
        h('button', { class: 'btn', id: 'import-replay', onclick: () => { dialog.close(); void this.startReplay(save); } }, t('ui.import.replay')),
        h('button', { class: 'btn', onclick: () => dialog.close() }, t('ui.import.cancel')),
      ),
    );
    dialog.showModal();
  }

  private toggleLarge(): void {
    this.large = !this.large;
    document.documentElement.classList.toggle('large', this.large);
    byId('btn-large').setAttribute('aria-pressed', String(this.large));
    this.opts.bridge.setLarge(this.large);
  }

  // ---------------------------------------------------------------------------------------------
  // Replay viewer

  async startReplay(save: SaveFile): Promise<void> {
    const scenario = scenarioById(save.config.scenarioId);
    if (!scenario) return;
    const frames = await buildReplay(save, scenario);
    if (typeof frames === 'string') {
      this.toast(t('ui.error.replay', { step: '?', reason: frames }));
      return;
    }
    this.replay = { frames, index: 0, save };
    this.resetGameUi();
    this.setScreen('replay');
    this.replayGo(0);
  }

  private replayGo(index: number): void {
    const replay = this.replay;
    if (!replay) return;
    const clamped = Math.max(0, Math.min(replay.frames.length - 1, index));
    const forward = clamped === replay.index + 1;
    replay.index = clamped;
    const frame = replay.frames[clamped];
    if (!frame) return;
    this.opts.bridge.setSnapshot({ spaces: spaceSnapshots(frame.board), targets: [], animate: forward });
    this.renderTop(frame.board, null);
    this.renderPowers(frame.board, null);
    this.renderEvents(frame.board);
    const log: UiLogEntry[] = frame.log.map((entry, i) => {
      const explanation = i > 0 ? replay.save.steps[i - 1]?.explanation : undefined;
      return explanation === undefined ? { ...entry, index: i } : { ...entry, index: i, explanation };
    });
    this.renderLog(log);
    const step = replay.save.steps[clamped - 1];
    const panel = byId('hand');
    panel.dataset.state = 'replay';
    document.body.dataset.spectator = 'true';
    replace(
      panel,
      h(
        'div',
        { class: 'replay-bar' },
        h('h2', {}, t('ui.replay.title')),
        h('p', { class: 'prompt', role: 'status', id: 'replay-status' }, t('ui.replay.step', { step: clamped, total: replay.frames.length - 1 }), ' — ', step ? describeMove(step.move) : t('ui.replay.start')),
        h(
          'div',
          { class: 'actions' },
          h('button', { class: 'btn', id: 'replay-first', disabled: clamped === 0, onclick: () => this.replayGo(0) }, t('ui.replay.first')),
          h('button', { class: 'btn', id: 'replay-prev', disabled: clamped === 0, onclick: () => this.replayGo(clamped - 1) }, t('ui.replay.prev')),
          h('button', { class: 'btn primary', id: 'replay-next', disabled: clamped >= replay.frames.length - 1, onclick: () => this.replayGo(clamped + 1) }, t('ui.replay.next')),
          h('button', { class: 'btn', id: 'replay-last', disabled: clamped >= replay.frames.length - 1, onclick: () => this.replayGo(replay.frames.length - 1) }, t('ui.replay.last')),
          h('button', { class: 'btn', id: 'replay-close', onclick: () => this.closeReplay() }, t('ui.replay.close')),
        ),
      ),
    );
    document.getElementById(forward ? 'replay-next' : 'replay-prev')?.focus();
    this.updateHits();
  }

  private closeReplay(): void {
    this.replay = null;
    if (this.model) {
      this.resetGameUiKeepModel();
      this.setScreen(this.model.over ? 'debrief' : 'game');
      this.render(null);
    } else this.showSetup();
  }

  private resetGameUiKeepModel(): void {
    this.panelKeys.clear();
    this.lastMapKey = '';
    this.renderedLog = 0;
    replace(byId('log-list'));
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
