// The panel under the map: the viewer's hand of cards with their play buttons, the operation
// buttons while a card's points are spent, and pass, answer-the-call and cancel. It shows nothing
// of a hand to anyone but its owner. The cards fold away (a drawer) to give a small screen's map
// the room; the prompt and the action buttons stay.
import { t } from '../../i18n/catalogue.js';
import { POWERS, type Move, type Operation } from '../../game/index.js';
import { cardTitle, formatDate, powerName, spaceName } from '../describe.js';
import { h, replace } from '../dom.js';
import { availableOps, eventMovesFor, opsMoveFor, type Selection } from '../interaction.js';
import type { UiModel } from '../types.js';

/** What the hand panel's buttons ask the app to do. */
export interface HandActions {
  act(move: Move): void;
  chooseEvent(card: string, moves: readonly Move[]): void;
  chooseOp(op: Operation): void;
  cancel(): void;
}

export class HandPanel {
  // The cards keep their elements (and an open historical note) while nothing about them changes.
  private cardsKey = '';
  private cardsEl: HTMLElement | null = null;
  /** The player folded the cards away (kept across turns and redraws, until they unfold them). */
  private collapsed = false;

  constructor(private readonly actions: HandActions) {}

  /** A new game or replay: the next draw makes new cards. */
  reset(): void {
    this.cardsKey = '';
    this.cardsEl = null;
  }

  /** Fill `panel`; in the replay viewer only the panel's state attributes change (the replay bar owns it). */
  render(panel: HTMLElement, model: UiModel, selection: Selection, inReplay: boolean): void {
    panel.dataset.state = model.viewer ? 'own' : 'hidden';
    panel.dataset.collapsed = String(this.collapsed);
    // With no human seat nobody needs a hand panel: give its room to the map.
    document.body.dataset.spectator = String(POWERS.every((p) => model.config.seats[p] !== 'human'));
    if (inReplay) return;
    if (!model.viewer || !model.hand) {
      let message = t('ui.hand.hidden');
      if (model.thinking) message = t('ui.hand.waitingBot', { power: powerName(model.thinking) });
      else if (model.active && !model.handoff) message = t('ui.hand.waitingHuman', { power: powerName(model.active) });
      if (POWERS.every((p) => model.config.seats[p] !== 'human'))
        message = `${t('ui.hand.spectator')} ${model.thinking ? t('ui.bot.thinking', { power: powerName(model.thinking) }) : ''}`;
      replace(panel, h('p', { class: 'hand-message', role: 'status' }, message));
      return;
    }
    const viewer = model.viewer;
    const myTurn = model.active === viewer && model.legal.length > 0;
    const board = model.board;
    const pending = board.pending;
    const scenario = model.scenario;
    const actions = this.actions;
    let prompt = t('ui.hand.notYourTurn', { power: powerName(model.active) });
    if (myTurn) {
      prompt = t('ui.hand.yourTurn', { power: powerName(viewer) });
      if (pending) prompt = t('ui.hand.opsPrompt', { card: cardTitle(pending.card), points: pending.pointsLeft, boost: Math.min(pending.boostLeft, board.pool[viewer]) });
      if (selection.kind === 'event') prompt = t('ui.hand.chooseTarget', { card: cardTitle(selection.card) });
      if (selection.kind === 'rival') prompt = t('ui.hand.chooseRival', { space: spaceName(selection.space) });
      if (board.interrupt === viewer) prompt = t('ui.hand.interruptPrompt', { power: powerName(viewer) });
    }
    const hand = model.hand;
    const cardsKey = JSON.stringify([hand, myTurn && !pending, myTurn && !pending ? model.legal.filter((m) => m.type === 'playOps' || m.type === 'playEvent') : [], selection]);
    const cards =
      cardsKey === this.cardsKey && this.cardsEl
        ? null
        : hand.map((id) => {
            const def = scenario.cards.find((c) => c.id === id);
            const opsMove = myTurn && !pending ? opsMoveFor(id, model.legal) : undefined;
            const eventMoves = myTurn && !pending ? eventMovesFor(id, model.legal) : [];
            const selected = selection.kind === 'event' && selection.card === id;
            const side = def?.side ?? 'any';
            return h(
              'article',
              { class: `card side-${side}${selected ? ' selected' : ''}`, 'data-card': id, 'aria-label': cardTitle(id) },
              h('header', {}, h('span', { class: 'ops', title: t('ui.card.ops', { ops: def?.ops ?? 0 }) }, String(def?.ops ?? '?')), h('h3', {}, cardTitle(id))),
              h(
                'div',
                { class: 'side' },
                side === 'any' ? t('ui.card.side.any') : t('ui.card.side', { power: powerName(side) }),
                def?.removeAfterEvent ? ` · ${t('ui.card.oneOff')}` : '',
              ),
              h('p', { class: 'text' }, t(`card.${id}.text`)),
              h(
                'details',
                { class: 'note' },
                h('summary', {}, t('ui.card.note')),
                h('p', {}, def ? t('ui.card.date', { date: formatDate(def.date), source: def.source }) : ''),
                h('p', {}, t(`card.${id}.note`)),
              ),
              myTurn && !pending
                ? h(
                    'div',
                    { class: 'card-actions' },
                    h('button', { class: 'btn play-ops', disabled: !opsMove, onclick: () => opsMove && actions.act(opsMove) }, t('ui.card.playOps', { ops: def?.ops ?? 0 })),
                    h(
                      'button',
                      {
                        class: 'btn play-event',
                        disabled: eventMoves.length === 0,
                        title: eventMoves.length === 0 ? t('ui.card.eventBlocked') : null,
                        onclick: () => actions.chooseEvent(id, eventMoves),
                      },
                      t('ui.card.playEvent'),
                    ),
                  )
                : null,
            );
          });
    const buttons: HTMLElement[] = [];
    // R6.4: asked out of turn the moment the call opens, the player answers or lets it pass, and nothing else.
    const interrupted = board.interrupt === viewer && model.legal.some((m) => m.type === 'declineCall');
    if (interrupted) {
      const answer = model.legal.find((m) => m.type === 'answerCall');
      const decline = model.legal.find((m) => m.type === 'declineCall');
      if (answer) buttons.push(h('button', { class: 'btn answer', onclick: () => actions.act(answer) }, t('ui.action.answerCall')));
      if (decline) buttons.push(h('button', { class: 'btn decline', onclick: () => actions.act(decline) }, t('ui.action.declineCall')));
    }
    if (myTurn && pending && !interrupted) {
      const ops = availableOps(model.legal);
      for (const op of ops) {
        const active = selection.kind === 'op' && selection.op === op;
        buttons.push(
          h(
            'button',
            { class: `btn op${active ? ' active' : ''}`, 'aria-pressed': active ? 'true' : 'false', 'data-op': op, onclick: () => actions.chooseOp(op) },
            t(`ui.op.${op}`),
          ),
        );
      }
      const end = model.legal.find((m) => m.type === 'endOps');
      if (end) buttons.push(h('button', { class: 'btn end-ops', onclick: () => actions.act(end) }, t('ui.action.endOps')));
    }
    if (myTurn && selection.kind === 'rival') {
      const space = selection.space;
      for (const m of model.legal) {
        if (m.type === 'destabilise' && m.space === space) buttons.push(h('button', { class: `btn rival power-${m.rival}`, onclick: () => actions.act(m) }, powerName(m.rival)));
      }
    }
    if (myTurn && !pending && !interrupted) {
      const answer = model.legal.find((m) => m.type === 'answerCall');
      if (answer) buttons.push(h('button', { class: 'btn answer', onclick: () => actions.act(answer) }, t('ui.action.answerCall')));
      const pass = model.legal.find((m) => m.type === 'pass');
      if (pass) buttons.push(h('button', { class: 'btn pass', onclick: () => actions.act(pass) }, t('ui.action.pass')));
    }
    if (selection.kind === 'event' || selection.kind === 'rival') buttons.push(h('button', { class: 'btn cancel', onclick: () => actions.cancel() }, t('ui.action.cancel')));
    const toggle = h(
      'button',
      { class: 'btn hand-toggle', type: 'button', 'aria-controls': 'hand-cards', 'aria-expanded': String(!this.collapsed) },
      this.collapsed ? t('ui.hand.expand') : t('ui.hand.collapse'),
    );
    toggle.addEventListener('click', () => {
      this.collapsed = !this.collapsed;
      panel.dataset.collapsed = String(this.collapsed);
      toggle.setAttribute('aria-expanded', String(!this.collapsed));
      toggle.textContent = this.collapsed ? t('ui.hand.expand') : t('ui.hand.collapse');
    });
    replace(
      panel,
      h(
        'div',
        { class: 'hand-head' },
        h('h2', {}, h('span', { class: `shape shape-${viewer}`, 'aria-hidden': 'true' }), t('ui.hand.heading', { power: powerName(viewer) })),
        toggle,
        h('p', { class: 'prompt', role: 'status' }, prompt),
        model.agenda
          ? h(
              'p',
              { class: 'agenda', title: t(`agenda.${model.agenda}.text`) },
              `${t('ui.agenda.heading')}: `,
              h('b', {}, t(`agenda.${model.agenda}.title`)),
              ` — ${t(`agenda.${model.agenda}.text`)}`,
            )
          : null,
      ),
      this.cardsFor(cardsKey, cards),
      buttons.length > 0 ? h('div', { class: 'actions' }, buttons) : null,
    );
  }

  /** The new cards element, or the kept one when nothing about the cards changed. */
  private cardsFor(key: string, cards: HTMLElement[] | null): HTMLElement {
    if (cards === null && this.cardsEl) return this.cardsEl;
    const el = h('div', { class: 'cards', id: 'hand-cards' }, cards && cards.length > 0 ? cards : h('p', { class: 'muted' }, t('ui.hand.empty')));
    this.cardsKey = key;
    this.cardsEl = el;
    return el;
  }
}
