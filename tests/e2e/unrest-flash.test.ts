// The unrest track flashes when the unrest moves, and only then: a later redraw of the top bar for
// another reason (here, undo becoming possible once the human plays a card) must not flash it
// again. The bots push the unrest in the historical scenario while Russia's human passes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, settled, waitForMap } from './browser.js';
import { servedGame } from './served.js';

const served = servedGame();

/** Russia passes until it is Russia's turn again after the unrest has moved (its track flashed), with a card to play. */
async function passUntilUnrestMoved(page: Page): Promise<boolean> {
  const start = await page.evaluate(() => window.__qantar?.model?.board.unrest ?? -1);
  for (let guard = 0; guard < 60; guard++) {
    await settled(page);
    const state = await page.evaluate(() => {
      const m = window.__qantar?.model;
      return { unrest: m?.board.unrest ?? -1, mine: m?.active === 'russia' && m.viewer === 'russia' && !m.board.pending && m.board.interrupt == null, over: m?.over ?? true };
    });
    if (state.over) return false;
    if (state.mine && state.unrest !== start && (await page.locator('.play-ops:not([disabled])').count()) > 0) return true;
    if (state.mine) {
      const steps = await page.evaluate(() => window.__qantar?.model?.steps ?? 0);
      const pass = page.locator('#hand .btn.pass');
      if ((await pass.count()) === 0) return false;
      await pass.click();
      await page.waitForFunction((before) => (window.__qantar?.model?.steps ?? 0) > before, steps);
    } else {
      await page.waitForFunction(() => {
        const m = window.__qantar?.model;
        return m?.over === true || (m?.active === 'russia' && m.viewer === 'russia');
      });
    }
  }
  return false;
}

/** Animations running on the unrest track's cells now. */
function trackAnimations(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('#top-unrest .cell')].flatMap((c) => c.getAnimations()).filter((a) => a.playState === 'running').length);
}

describe('the unrest track’s flash', () => {
  it('plays when the unrest moves and not on a later redraw of the top bar', async () => {
    // Motion allowed: the flash is what is tested.
    const page = await newPage(served.browser, 1280, 720);
    try {
      let found = false;
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        await page.goto(`${served.url}?play=historical&seed=${seed}&seats=hee&fastbots`);
        await waitForMap(page);
        if ((found = await passUntilUnrestMoved(page))) break;
      }
      expect(found).toBe(true);
      // The flash of the last move has run its course.
      await page.waitForFunction(() => [...document.querySelectorAll('#top-unrest .cell')].every((c) => c.getAnimations().every((a) => a.playState !== 'running')));
      const before = await page.evaluate(() => ({
        unrest: window.__qantar?.model?.board.unrest,
        canUndo: window.__qantar?.model?.canUndo,
        flashes: window.__qantar?.animations ?? 0,
      }));
      // Playing a card for operations moves no unrest but makes undo possible: the top bar redraws.
      await page.locator('.play-ops:not([disabled])').first().click();
      await page.waitForFunction((was) => window.__qantar?.model?.canUndo !== was, before.canUndo);
      await settled(page);
      const after = await page.evaluate(() => ({ unrest: window.__qantar?.model?.board.unrest, flashes: window.__qantar?.animations ?? 0 }));
      expect(after.unrest).toBe(before.unrest);
      expect(after.flashes).toBe(before.flashes);
      expect(await trackAnimations(page)).toBe(0);
    } finally {
      await page.context().close();
    }
  }, 240_000);
});
