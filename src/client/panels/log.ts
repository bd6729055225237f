// The side panel's game log. It grows by appending: redrawing a long log on every move would cost
// layout and lose the reader's place.
import { t } from '../../i18n/catalogue.js';
import { describeEvent, explanationText, moveText } from '../describe.js';
import { byId, h, replace } from '../dom.js';
import type { UiLogEntry } from '../types.js';

/** One move and what it caused, with the historical notes of the cards and events played. */
export function logEntry(entry: UiLogEntry): HTMLElement {
  const head = entry.move ? moveText(entry.move) : entry.index === 0 ? t('ui.log.setup') : '';
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
    entry.explanation ? h('div', { class: 'bot-why' }, t('ui.log.bot', { text: explanationText(entry.explanation) })) : null,
    h('ul', { class: 'entry-events' }, lines),
  );
}

export class LogPanel {
  /** How many entries the list holds, and the first of them: a shorter or different log starts over. */
  private renderedCount = 0;
  private renderedFirst: UiLogEntry | null = null;
  private scrollDue = false;

  /** A new game or replay: forget everything drawn. */
  reset(): void {
    this.renderedCount = 0;
    this.renderedFirst = null;
    replace(byId('log-list'));
  }

  /** Back from the replay to the game: empty the list so the game's log is drawn afresh. */
  clear(): void {
    this.renderedCount = 0;
    replace(byId('log-list'));
  }

  render(log: readonly UiLogEntry[]): void {
    const list = byId('log-list');
    const restart =
      log.length < this.renderedCount || (log[0] !== undefined && this.renderedFirst !== null && log[0].events !== this.renderedFirst.events && this.renderedCount === 0);
    if (restart || log.length < this.renderedCount) {
      replace(list);
      this.renderedCount = 0;
    }
    const from = this.renderedCount;
    for (let i = from; i < log.length; i++) {
      const entry = log[i];
      if (entry) list.append(logEntry(entry));
    }
    this.renderedCount = log.length;
    this.renderedFirst = log[0] ?? null;
    if (log.length > from) this.scrollDue = true;
  }

  /** New entries came: show the latest. Reading scrollHeight lays the page out, so the screen calls
   *  this after all its other changes of the frame (one layout, not one per panel), and it does
   *  nothing when no entry came. */
  scrollToEnd(): void {
    if (!this.scrollDue) return;
    this.scrollDue = false;
    const scroller = byId('log');
    scroller.scrollTop = scroller.scrollHeight;
  }
}
