// The parts of the responsive layout that CSS cannot do alone (styles.css does the rest): the top
// bar folds its commands into a menu exactly when they no longer fit on its row, whatever the
// language's word lengths (a measurement, not a breakpoint); the events-and-log drawer of the
// portrait layout opens and closes; and the hand's and the top bar's heights are kept in CSS
// variables, for the toast, the historical notes and the drawer that float beside them.
import { byId } from './dom.js';

export class Layout {
  private menuOpen = false;
  private sideOpen = false;

  start(): void {
    window.addEventListener('resize', () => this.fitTopBar());
    byId('btn-menu').addEventListener('click', () => this.setMenu(!this.menuOpen, true));
    // A command chosen from the folded menu closes it (the command itself runs on its own listener).
    byId('top-menu').addEventListener('click', (e) => {
      if (this.menuOpen && e.target instanceof Element && e.target.closest('button')) this.setMenu(false, false);
    });
    byId('btn-side').addEventListener('click', () => this.setSide(!this.sideOpen));
    // A press anywhere else closes the menu, as a menu does.
    document.addEventListener('pointerdown', (e) => {
      if (this.menuOpen && e.target instanceof Element && !e.target.closest('#top-menu, #btn-menu')) this.setMenu(false, false);
    });
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      if (this.menuOpen) {
        this.setMenu(false, false);
        byId('btn-menu').focus();
      } else if (this.sideOpen) {
        this.setSide(false);
        byId('btn-side').focus();
      }
    });
    const hand = byId('hand');
    const bar = byId('topbar');
    const root = document.documentElement;
    // Only properties read by fixed-position things are set: no observed box changes size from them.
    new ResizeObserver(() => root.style.setProperty('--hand-h', `${hand.offsetHeight}px`)).observe(hand);
    new ResizeObserver(() => root.style.setProperty('--top-h', `${bar.offsetHeight}px`)).observe(bar);
    // The web font changes every text's width: measure again once it is in.
    // Old browsers have no FontFaceSet, whatever the DOM types say.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    void document.fonts?.ready.then(() => this.fitTopBar());
    this.fitTopBar();
  }

  /** Fold the commands into the menu if, unfolded, the top bar would need a second row. */
  fitTopBar(): void {
    const bar = byId('topbar');
    bar.dataset.folded = 'false';
    byId('btn-menu').hidden = true;
    const items = [...bar.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el.offsetParent !== null);
    // Items of one row share its centre line, so an item that starts below the bottom of another
    // one is on a later row.
    const lowestBottom = Math.min(...items.map((el) => el.offsetTop + el.offsetHeight));
    const wraps = items.some((el) => el.offsetTop >= lowestBottom);
    bar.dataset.folded = String(wraps);
    byId('btn-menu').hidden = !wraps;
    if (!wraps) this.setMenu(false, false);
  }

  private setMenu(open: boolean, focus: boolean): void {
    this.menuOpen = open;
    byId('top-menu').classList.toggle('open', open);
    byId('btn-menu').setAttribute('aria-expanded', String(open));
    if (open && focus) byId('top-menu').querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }

  private setSide(open: boolean): void {
    this.sideOpen = open;
    document.body.dataset.side = open ? 'open' : 'closed';
    byId('btn-side').setAttribute('aria-expanded', String(open));
  }
}
