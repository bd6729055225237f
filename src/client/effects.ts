// Short-lived effects over the game screen: the rolling die and the toast messages.
import { t } from '../i18n/catalogue.js';
import { byId } from './dom.js';
import type { UiLogEntry } from './types.js';

const DIE_SHOWN_MS = 1800;
const TOAST_SHOWN_MS = 4500;

/** Restart a CSS animation: reading the layout between removing and adding the class makes it run again. */
export function restartAnimation(el: HTMLElement, className: string): void {
  el.classList.remove(className);
  // Reading a layout property forces a reflow, so the removed class takes effect before it is added again.
  el.getBoundingClientRect();
  el.classList.add(className);
}

export class Dice {
  private hideTimer: ReturnType<typeof setTimeout> | null = null;

  /** `onAnimate` counts each roll for the test probe. */
  constructor(private readonly onAnimate: () => void) {}

  /** Roll the die for every roll in the log entries from index `from` on. */
  showRollsSince(from: number, log: readonly UiLogEntry[]): void {
    for (let i = from; i < log.length; i++) {
      for (const e of log[i]?.events ?? []) if (e.kind === 'dieRolled') this.show(e.roll);
    }
  }

  private show(roll: number): void {
    const die = byId('dice');
    die.hidden = false;
    restartAnimation(die, 'rolling');
    die.setAttribute('aria-label', t('ui.dice.label', { roll }));
    byId('dice-face').textContent = String(roll);
    this.onAnimate();
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      die.hidden = true;
    }, DIE_SHOWN_MS);
  }
}

/** Show `message` for a while; a newer message keeps the box open for its own time. */
export function showToast(message: string): void {
  const box = byId('toast');
  box.textContent = message;
  box.hidden = false;
  restartAnimation(box, 'show');
  setTimeout(() => {
    if (box.textContent === message) box.hidden = true;
  }, TOAST_SHOWN_MS);
}
