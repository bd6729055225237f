// The DOM layer over the map: one focusable button per space on top of its plate, for keyboard
// play, screen readers, tooltips, touch and the tests; and the tooltip that describes a space. On a
// touch screen (no hover) the same facts open pinned, as a small panel with a button that acts
// on the space (the app decides when: a first tap with a finger).
import { t } from '../i18n/catalogue.js';
import { POWERS, type Scenario, type SpaceId } from '../game/index.js';
import { spaceSnapshots } from './board.js';
import type { MapTransform } from './bridge.js';
import { powerName, spaceName } from './describe.js';
import { byId, h, replace } from './dom.js';
import { isMapKey, nextIndex } from './map-keys.js';
import type { PublicView } from './types.js';

/** The lines of a space's tooltip (also the end of its button's accessible name). */
export function tipText(scenario: Scenario, space: SpaceId, board: PublicView): string[] {
  const s = spaceSnapshots(scenario, board).find((x) => x.id === space);
  if (!s) return [];
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

export interface MapHitsOptions {
  /** A space's button was clicked; `pointer` is the click's pointer type ('' from the keyboard). */
  readonly onSpace: (space: SpaceId, pointer: string) => void;
  /** The label of the button that acts on `space` from its pinned facts, or null when it is no target now. */
  readonly actionFor: (space: SpaceId) => string | null;
  /** The board the map shows now (a replay frame or the game), or null before a game. */
  readonly board: () => { readonly scenario: Scenario; readonly board: PublicView } | null;
}

/** The tooltip on screen: its space, and the button or canvas point it stands beside. */
interface OpenTip {
  readonly space: SpaceId;
  readonly anchor: HTMLElement | null;
  readonly at: { readonly x: number; readonly y: number } | undefined;
  /** Opened by a tap: it stays until closed, and holds buttons. */
  readonly pinned: boolean;
}

/** The pointer type of a click ('' for a click made by the keyboard or a script). */
export function pointerOf(e: Event): string {
  return e instanceof PointerEvent ? e.pointerType : '';
}

export class MapHits {
  /** Where the map scene last drew its plates; the buttons follow it. */
  private transform: MapTransform | null = null;
  private tip: OpenTip | null = null;
  /** What the open tip shows and where (see drawTip). */
  private tipKey = '';

  constructor(private readonly opts: MapHitsOptions) {
    byId('map-hits').addEventListener('keydown', (e) => this.onKey(e));
  }

  /** Arrow keys, Home and End move between the spaces' buttons (map-keys.ts). */
  private onKey(e: KeyboardEvent): void {
    if (!isMapKey(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = [...byId('map-hits').querySelectorAll<HTMLButtonElement>('button.space-hit')];
    const from = buttons.findIndex((b) => b === document.activeElement);
    if (from < 0) return;
    const centres = buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    // The keys move on the map, not the page, nor the replay's steps (which arrows take elsewhere).
    e.preventDefault();
    e.stopPropagation();
    buttons[nextIndex(centres, from, e.key)]?.focus();
  }

  /** No map to play on (setup, debrief, no game yet): no buttons, and no tooltip. */
  clear(): void {
    this.hideTip();
    replace(byId('map-hits'));
  }

  /** Make a button for every space of `board` (keeping existing ones), marking `targets`. */
  update(scenario: Scenario, board: PublicView, targets: ReadonlySet<SpaceId>): void {
    const layer = byId('map-hits');
    const spaces = spaceSnapshots(scenario, board);
    const existing = new Map([...layer.querySelectorAll<HTMLButtonElement>('button.space-hit')].map((b) => [b.dataset.space ?? '', b]));
    for (const s of spaces) {
      let button = existing.get(s.id);
      if (!button) {
        button = h('button', { class: 'space-hit', 'data-space': s.id, type: 'button' });
        const id = s.id;
        button.addEventListener('click', (e) => this.opts.onSpace(id, pointerOf(e)));
        button.addEventListener('mouseenter', () => this.showTip(id, button ?? null));
        button.addEventListener('focus', () => this.showTip(id, button ?? null));
        button.addEventListener('mouseleave', () => this.hideTip(false));
        button.addEventListener('blur', () => this.hideTip(false));
        layer.append(button);
      }
      const target = targets.has(s.id);
      button.classList.toggle('target', target);
      // Tab goes from target to target; the arrow keys reach every space (see onKey).
      button.tabIndex = target ? 0 : -1;
      const label = `${spaceName(s.id)}${target ? ` — ${t('ui.map.target', { space: spaceName(s.id) })}` : ''}. ${tipText(scenario, s.id, board).join('. ')}`;
      // An unchanged name is not set again: every set is news to the accessibility tree.
      if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
    }
    // With no target (another's turn, a replay) one space still takes Tab, so the map can be entered.
    const all = [...layer.querySelectorAll<HTMLButtonElement>('button.space-hit')];
    const first = all[0];
    if (first && !all.some((b) => b.tabIndex === 0)) first.tabIndex = 0;
    this.position();
    // An open tooltip follows the board: a bot's move under the pointer changes its numbers.
    if (this.tip) this.drawTip(this.tip, { scenario, board });
  }

  /** Put the keyboard on the first legal target (after choosing a card or an operation). */
  focusFirstTarget(): void {
    byId('map-hits').querySelector<HTMLButtonElement>('button.space-hit.target')?.focus();
  }

  /** The map moved or resized: line the buttons up with the plates again. */
  setTransform(transform: MapTransform): void {
    this.transform = transform;
    this.position();
  }

  private position(): void {
    const transform = this.transform;
    if (!transform) return;
    for (const button of byId('map-hits').querySelectorAll<HTMLButtonElement>('button.space-hit')) {
      const plate = transform.plates[button.dataset.space as SpaceId];
      // A country panned out of view has no plate, so no button either.
      button.hidden = !plate;
      if (!plate) continue;
      button.style.insetInlineStart = '';
      button.style.left = `${plate.x - plate.w / 2}px`;
      button.style.top = `${plate.y - plate.h / 2}px`;
      button.style.width = `${plate.w}px`;
      button.style.height = `${plate.h}px`;
    }
  }

  /** Show the tooltip beside `anchor`, or at `at` (stage coordinates) for a pointer on the canvas. */
  showTip(space: SpaceId, anchor: HTMLElement | null, at?: { x: number; y: number }): void {
    const shown = this.opts.board();
    // Pinned facts stay put while the pointer or the focus wanders.
    if (!shown || this.tip?.pinned) return;
    this.tip = { space, anchor, at, pinned: false };
    this.drawTip(this.tip, shown);
  }

  /** Open `space`'s facts pinned beside its plate (a first tap on a touch screen). */
  pinFacts(space: SpaceId): void {
    const shown = this.opts.board();
    if (!shown) return;
    const anchor = byId('map-hits').querySelector<HTMLElement>(`button.space-hit[data-space="${space}"]`);
    this.tip = { space, anchor: anchor && !anchor.hidden ? anchor : null, at: undefined, pinned: true };
    this.drawTip(this.tip, shown);
  }

  /** The space whose pinned facts are open, if any. */
  pinnedSpace(): SpaceId | null {
    return this.tip?.pinned ? this.tip.space : null;
  }

  /** Fill the tooltip with `open`'s space as it is on the board shown, and place it. */
  private drawTip(open: OpenTip, shown: { readonly scenario: Scenario; readonly board: PublicView }): void {
    const { space, anchor, at, pinned } = open;
    const tip = byId('tooltip');
    const lines = tipText(shown.scenario, space, shown.board);
    const action = pinned ? this.opts.actionFor(space) : null;
    // The same facts beside a button that has not moved: nothing to redraw. Every board change
    // redraws the open tip, and placing it reads the layout (a forced layout on every move).
    const place = anchor ? [anchor.style.left, anchor.style.top, anchor.style.width, anchor.style.height] : at;
    const key = JSON.stringify([space, lines, action, pinned, place]);
    if (key === this.tipKey && !tip.hidden) return;
    this.tipKey = key;
    replace(
      tip,
      h('strong', { id: 'tooltip-title' }, spaceName(space)),
      h(
        'ul',
        {},
        lines.map((l) => h('li', {}, l)),
      ),
      action ? h('p', { class: 'facts-hint' }, t('ui.facts.again')) : null,
      pinned
        ? h(
            'div',
            { class: 'facts-actions' },
            action ? h('button', { class: 'btn primary facts-act', type: 'button', onclick: () => this.opts.onSpace(space, '') }, action) : null,
            h('button', { class: 'btn facts-close', type: 'button', onclick: () => this.hideTip() }, t('ui.facts.close')),
          )
        : null,
    );
    // Hover facts describe a plate; pinned ones are a small non-modal dialog with buttons.
    tip.setAttribute('role', pinned ? 'dialog' : 'tooltip');
    if (pinned) tip.setAttribute('aria-labelledby', 'tooltip-title');
    else tip.removeAttribute('aria-labelledby');
    tip.classList.toggle('pinned', pinned);
    tip.dataset.space = space;
    tip.hidden = false;
    const stage = byId('stage').getBoundingClientRect();
    let x = at?.x ?? 0;
    let y = at?.y ?? 0;
    if (anchor) {
      const r = anchor.getBoundingClientRect();
      x = r.right - stage.left + 8;
      y = r.top - stage.top;
    }
    // Keep the tip on the stage: flip it to the other side of the anchor at the far edge, and let a
    // tip taller than a small stage scroll inside itself rather than run off it.
    tip.style.maxBlockSize = `${Math.max(80, stage.height - 8)}px`;
    const w = tip.offsetWidth;
    const hgt = tip.offsetHeight;
    if (x + w > stage.width - 4) x = Math.max(4, x - w - (anchor ? anchor.offsetWidth + 16 : 24));
    x = Math.max(4, Math.min(x, stage.width - w - 4));
    y = Math.max(4, Math.min(y, stage.height - hgt - 4));
    tip.style.left = `${x}px`;
    tip.style.top = `${y}px`;
  }

  /** Close the tooltip; `all` false (the pointer or focus left) leaves pinned facts open. */
  hideTip(all = true): void {
    if (!all && this.tip?.pinned) return;
    this.tip = null;
    this.tipKey = '';
    byId('tooltip').hidden = true;
  }
}
