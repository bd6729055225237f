// Playing the game in the browser like a class does, shared by the end-to-end files: what the
// probe says is on screen, taking the screen at a hotseat handoff, and playing one seat's turn.
import type { Page } from 'playwright-core';
import { settled } from './browser.js';

export interface Probe {
  screen: string;
  over: boolean;
  round: number;
  active: string | null;
  viewer: string | null;
  handoff: string | null;
  hand: string[] | null;
  pending: boolean;
  steps: number;
  board: string;
  logLength: number;
}

export function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const q = window.__qantar;
    const m = q?.model;
    return {
      screen: q?.screen ?? '',
      over: m?.over ?? false,
      round: m?.board.round ?? 0,
      active: m?.active ?? null,
      viewer: m?.viewer ?? null,
      handoff: m?.handoff?.to ?? null,
      hand: m?.hand ? [...m.hand] : null,
      pending: Boolean(m?.board.pending),
      steps: m?.steps ?? 0,
      board: JSON.stringify(m?.board ?? null),
      logLength: m?.log.length ?? 0,
    };
  });
}

/** The player at the screen takes it: Enter on the focused handoff button. */
export async function acceptHandoff(page: Page): Promise<void> {
  await settled(page);
  await page.waitForFunction(() => document.activeElement?.id === 'handoff-ready');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__qantar?.model?.handoff == null);
  await settled(page);
}

/** Play the seat on screen until its turn passes: keyboard for handoffs and map targets. */
export async function playTurn(page: Page): Promise<void> {
  for (let guard = 0; guard < 30; guard++) {
    await settled(page);
    const p = await probe(page);
    if (p.over || p.handoff || (p.active !== p.viewer && p.viewer !== null)) return;
    if (!p.pending) {
      await page.locator('.play-ops:not([disabled])').first().click();
    } else {
      const target = page.locator('.space-hit.target').first();
      if ((await target.count()) > 0) {
        await target.focus();
        await page.keyboard.press('Enter');
      } else {
        await page.locator('.btn.end-ops').click();
      }
    }
    await page.waitForFunction((steps) => (window.__qantar?.model?.steps ?? 0) > steps, p.steps);
  }
}

/**
 * Play the first card for operations and choose an operation that leaves some space out of reach
 * (the last one if every operation reaches everywhere). Each step waits until the screen shows it:
 * a choice made while a new model waits for its frame is drawn by that frame, and until then the
 * map's buttons still carry the old targets, so a click would land on a space that is about to be
 * a target.
 */
export async function chooseOpLeavingSpacesOut(page: Page): Promise<void> {
  await page.locator('.play-ops:not([disabled])').first().click();
  await page.waitForFunction(() => Boolean(window.__qantar?.model?.board.pending));
  await settled(page);
  for (const op of await page.locator('.btn.op').all()) {
    await op.click();
    await settled(page);
    if ((await page.locator('.space-hit:not(.target)').count()) > 0) break;
  }
}
