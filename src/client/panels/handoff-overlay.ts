// The hotseat overlay that hides the board between two human players until the next one is ready.
import { t } from '../../i18n/catalogue.js';
import { moveText, powerName } from '../describe.js';
import { byId } from '../dom.js';
import type { UiModel } from '../types.js';

/** Show the overlay when the model asks for a handoff on the game screen; `hideTip` clears what the last player pointed at. */
export function renderHandoffOverlay(model: UiModel, onGameScreen: boolean, hideTip: () => void): void {
  const overlay = byId('handoff');
  const to = model.handoff?.to ?? null;
  overlay.hidden = to === null || !onGameScreen;
  document.body.dataset.handoff = to ? 'true' : 'false';
  // A modal handoff: the board behind it takes no focus and is not read out, so Tab cannot reach a
  // space's description or the menu before the next player has taken the screen.
  if (onGameScreen) byId('app').inert = !overlay.hidden;
  if (!to) return;
  byId('toast').hidden = true;
  hideTip();
  overlay.className = `overlay handoff power-${to}`;
  byId('handoff-title').textContent = t('ui.handoff.title', { power: powerName(to) });
  byId('handoff-body').textContent = t('ui.handoff.body', { power: powerName(to) });
  const last = [...model.log].reverse().find((e) => e.move);
  byId('handoff-last').textContent = last?.move ? t('ui.handoff.after', { text: moveText(last.move) }) : '';
  const ready = byId<HTMLButtonElement>('handoff-ready');
  ready.textContent = t('ui.handoff.ready', { power: powerName(to) });
  ready.focus();
}
