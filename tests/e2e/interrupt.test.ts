// R6.4 in the browser: the moment the regime calls for help, Russia's player (not the player whose
// turn it is) is asked, out of turn, whether the CSTO answers: in hotseat after a handoff to Russia,
// with only the answer and "let it pass" on offer. Russia is human here and passes its own turns;
// the bots push the unrest. The picture is kept under tests/artifacts/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, settled, shot, waitForMap } from './browser.js';
import { servedGame } from './served.js';

const served = servedGame();

/** Seeded games tried in turn until one asks Russia. */
const CANDIDATE_SEEDS = [4, 5, 6, 7, 8, 9, 10, 11];

/** Russia passes its own turns until the call opens and Russia is asked (true), or the crisis ends without it (false). */
async function passUntilAsked(page: Page): Promise<boolean> {
  for (let guard = 0; guard < 200; guard++) {
    await settled(page);
    const state = await page.evaluate(() => {
      const m = window.__qantar?.model;
      return { interrupt: m?.board.interrupt ?? null, active: m?.active ?? null, viewer: m?.viewer ?? null, over: m?.over ?? false, regime: m?.board.regime ?? '' };
    });
    if (state.interrupt === 'russia') return true;
    if (state.over || state.regime === 'rescued' || state.regime === 'fallen') return false;
    if (state.active === 'russia' && state.viewer === 'russia') {
      const pass = page.locator('#hand .btn.pass');
      const end = page.locator('#hand .btn.end-ops');
      if (await pass.count()) await pass.click();
      else if (await end.count()) await end.click();
    } else {
      await page.waitForFunction(() => window.__qantar?.model?.active === 'russia' || window.__qantar?.model?.board.interrupt != null || window.__qantar?.model?.over === true);
    }
  }
  return false;
}

describe('the CSTO interrupt on screen (R6.4)', () => {
  it('asks Russia’s player at once, out of turn, with the answer and “let it pass” only', async () => {
    const page = await newPage(served.browser, 1280, 720, 'reduce');
    try {
      // Whether Russia is ever asked depends on the game (the regime may fall, or Turkey rescue it,
      // before the CSTO's council consents, R6.4): try seeded games until one asks.
      for (const seed of CANDIDATE_SEEDS) {
        await page.goto(`${served.url}?play=historical&seed=${seed}&seats=hee&fastbots`);
        await waitForMap(page);
        if (await passUntilAsked(page)) break;
      }
      await settled(page);
      const seen = await page.evaluate(() => {
        const m = window.__qantar?.model;
        return {
          interrupt: m?.board.interrupt ?? null,
          active: m?.active ?? null,
          turnOf: m ? m.board.order[m.board.turn] : null,
          legal: m?.legal.map((x) => x.type) ?? [],
          buttons: [...document.querySelectorAll('#hand .btn.answer, #hand .btn.decline')].map((b) => b.className),
          playable: document.querySelectorAll('#hand .play-ops:not([disabled]), #hand .play-event:not([disabled])').length,
          prompt: document.querySelector('#hand .prompt')?.textContent ?? '',
        };
      });
      await shot(page, 'e2e-interrupt-1280');
      expect(seen.interrupt).toBe('russia');
      expect(seen.active).toBe('russia');
      expect(seen.legal.sort()).toEqual(['answerCall', 'declineCall']);
      expect(seen.buttons).toHaveLength(2);
      expect(seen.playable).toBe(0);
      expect(seen.prompt.length).toBeGreaterThan(20);
      // Letting it pass gives the turn back to whoever had it.
      await page.locator('#hand .btn.decline').click();
      await page.waitForFunction(() => window.__qantar?.model?.board.interrupt == null);
      const after = await page.evaluate(() => window.__qantar?.model?.board.regime ?? '');
      expect(['calling', 'rescued', 'fallen']).toContain(after);
    } finally {
      await page.context().close();
    }
  }, 240_000);
});
