// The DOM layer over the map: one focusable button per space on top of its plate, for keyboard
// play, screen readers, tooltips and the tests; and the tooltip that describes a space.
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
  /** A space's button was clicked. */
  readonly onSpace: (space: SpaceId) => void;
  /** The board the map shows now (a replay frame or the game), or null before a game. */
  readonly board: () => { readonly scenario: Scenario; readonly board: PublicView } | null;
}

/** The tooltip on screen: its space, and the button or canvas point it stands beside. */
interface OpenTip {
  readonly space: SpaceId;
  readonly anchor: HTMLElement | null;
  readonly at: { readonly x: number; readonly y: number } | undefined;
}

export class MapHits {
  /** Where the map scene last drew its plates; the buttons follow it. */
  private transform: MapTransform | null = null;
  private tip: OpenTip | null = null;

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
        button.addEventListener('click', () => this.opts.onSpace(id));
        button.addEventListener('mouseenter', () => this.showTip(id, button ?? null));
        button.addEventListener('focus', () => this.showTip(id, button ?? null));
        button.addEventListener('mouseleave', () => this.hideTip());
        button.addEventListener('blur', () => this.hideTip());
        layer.append(button);
      }
      const target = targets.has(s.id);
      button.classList.toggle('target', target);
      // Tab goes from target to target; the arrow keys reach every space (see onKey).
      button.tabIndex = target ? 0 : -1;
      button.setAttribute('aria-label', `${spaceName(s.id)}${target ? ` — ${t('ui.map.target', { space: spaceName(s.id) })}` : ''}. ${tipText(scenario, s.id, board).join('. ')}`);
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
    if (!shown) return;
    this.tip = { space, anchor, at };
    this.drawTip(this.tip, shown);
  }

  /** Fill the tooltip with `open`'s space as it is on the board shown, and place it. */
  private drawTip(open: OpenTip, shown: { readonly scenario: Scenario; readonly board: PublicView }): void {
    const { space, anchor, at } = open;
    const tip = byId('tooltip');
    const lines = tipText(shown.scenario, space, shown.board);
    replace(
      tip,
      h('strong', {}, spaceName(space)),
      h(
        'ul',
        {},
        lines.map((l) => h('li', {}, l)),
      ),
    );
    tip.hidden = false;
    const stage = byId('stage').getBoundingClientRect();
    let x = at?.x ?? 0;
    let y = at?.y ?? 0;
    if (anchor) {
      const r = anchor.getBoundingClientRect();
      x = r.right - stage.left + 8;
      y = r.top - stage.top;
    }
    // Keep the tip on the stage: flip it to the other side of the anchor at the far edge.
    const w = tip.offsetWidth;
    const hgt = tip.offsetHeight;
    if (x + w > stage.width - 4) x = Math.max(4, x - w - (anchor ? anchor.offsetWidth + 16 : 24));
    y = Math.min(Math.max(4, y), stage.height - hgt - 4);
    tip.style.left = `${x}px`;
    tip.style.top = `${y}px`;
  }

  hideTip(): void {
    this.tip = null;
    byId('tooltip').hidden = true;
  }
}
