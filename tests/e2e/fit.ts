// Does the screen fit its window? One check for every end-to-end file that looks at layout (the
// pseudo-locale's longer text at 1280×720, the tablet, portrait, desktop and projector sizes):
// nothing clipped by a box too small for it, nothing spilling out of its box, no sideways scroll
// anywhere (the page or a panel), and nothing drawn past the window's inline edges.
import type { Page } from 'playwright-core';

export interface FitFindings {
  /** Elements whose content is wider or taller than their box while they clip it, or that spill out of it. */
  readonly clipped: string[];
  /** Boxes that scroll sideways (every panel may scroll up and down; none sideways). */
  readonly sideways: string[];
  /** Visible elements drawn past the window's left or right edge. */
  readonly offScreen: string[];
  /** The page scrolls sideways. */
  readonly horizontalScroll: boolean;
}

/**
 * Boxes that scroll up and down by design: the log, the coming events and its drawer, the
 * setup and debrief sheets, a tooltip taller than a small map. Any other box whose content is
 * taller than it is clipped text.
 */
const SCROLLERS = ['#log', '#events', '#side-more', '#setup', '#debrief', '#tooltip', '#hand'];

/** Walk the visible DOM for every box that does not hold its content. */
export function inspectFit(page: Page): Promise<FitFindings> {
  return page.evaluate((scrollers) => {
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const name = (el: Element): string => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}`;
    // The map's layers are drawn to fit and clipped by the stage on purpose (a zoomed map runs past it).
    const onMap = (el: Element): boolean => el.closest('#stage-canvas, #map-hits, #map-fx') !== null || el.id === 'stage';
    const clipped: string[] = [];
    const sideways: string[] = [];
    const offScreen: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!visible(el) || el.closest('[hidden]') || onMap(el)) continue;
      const style = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(style.overflowX);
      const clipsY = ['hidden', 'clip'].includes(style.overflowY);
      const scrollsX = ['auto', 'scroll'].includes(style.overflowX);
      const scrollsY = ['auto', 'scroll'].includes(style.overflowY);
      const ellipsis = style.textOverflow === 'ellipsis';
      const wide = el.scrollWidth > el.clientWidth + 1;
      const tall = el.scrollHeight > el.clientHeight + 1;
      const size = `${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`;
      if (((clipsX || ellipsis) && wide) || (clipsY && tall)) clipped.push(`${name(el)}: ${size}`);
      if (scrollsX && wide) sideways.push(`${name(el)}: ${size}`);
      if (scrollsY && tall && !scrollers.some((s) => el.matches(s))) clipped.push(`${name(el)} scrolls its text: ${size}`);
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > window.innerWidth + 1) offScreen.push(`${name(el)}: ${Math.round(box.left)}…${Math.round(box.right)} of ${window.innerWidth}`);
    }
    // Boxes whose content spills out of them (not clipped, but drawn over their neighbours): cards,
    // buttons, the powers' rows and the top bar's blocks.
    for (const el of document.body.querySelectorAll<HTMLElement>('.card, button, .btn, .power, .top-block, .chip, .hand-head, .facts-actions')) {
      if (!visible(el) || el.closest('[hidden]')) continue;
      if (el.classList.contains('space-hit')) continue;
      if (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2)
        clipped.push(`${name(el)} spills: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
    return { clipped, sideways, offScreen, horizontalScroll: document.documentElement.scrollWidth > window.innerWidth + 1 };
  }, SCROLLERS);
}

/** Wait until boxes being animated (the unrest track's nudge after a move) have settled, and stay so a moment (a last frame may start one). */
export async function settledBoxes(page: Page): Promise<void> {
  const calm = (): boolean => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForFunction(calm);
    await page.waitForTimeout(150);
    if (await page.evaluate(calm)) return;
  }
}
