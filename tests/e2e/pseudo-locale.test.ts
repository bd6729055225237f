// The pseudo-locale en-XA at 1280×720: every string on every screen comes through the catalogue
// (a plain English word left on screen bypassed it) and still fits (the text is a third longer, as
// the languages to come will be). Screens: setup, the game with a hand, the hotseat handoff, the
// debrief. The pictures are kept under tests/artifacts/. The fit itself is tests/e2e/fit.ts, shared
// with the screen-size tests (layout.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, settled, shot, still, waitForMap } from './browser.js';
import { inspectFit, settledBoxes } from './fit.js';
import { servedGame } from './served.js';

const served = servedGame();

/** Visible texts with English letters but no pseudo-localised character: they bypassed the catalogue. */
function plainTexts(page: Page): Promise<{ plain: string[]; texts: number }> {
  return page.evaluate(() => {
    // Letters the pseudo-locale produces (accented Latin, the filler's ẋ and the brackets it wraps with).
    const PSEUDO = /[áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÁƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ]/;
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const plain: string[] = [];
    let texts = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!parent || text === '' || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (parent.closest('[hidden], dialog:not([open])') || !visible(parent)) continue;
      texts++;
      // Every pseudo-localised message is wrapped in [ ]: strip them (innermost first, as a message
      // may hold another), and any English word left over bypassed the catalogue.
      let rest = text;
      for (let before = ''; before !== rest;) {
        before = rest;
        rest = rest.replace(/\[[^[\]]*\]/g, '');
      }
      if (/[A-Za-z]{2}/.test(rest) || (/[A-Za-z]{2}/.test(text) && !PSEUDO.test(text))) plain.push(text.slice(0, 80));
    }
    return { plain, texts };
  });
}

async function expectLocalisedAndFitting(page: Page, name: string): Promise<void> {
  await settledBoxes(page);
  await shot(page, name);
  const { plain, texts } = await plainTexts(page);
  const fit = await inspectFit(page);
  expect(texts, `${name}: texts looked at`).toBeGreaterThan(10);
  expect(plain, `${name}: text that bypassed the catalogue`).toEqual([]);
  expect(fit.clipped, `${name}: clipped boxes`).toEqual([]);
  expect(fit.sideways, `${name}: boxes scrolling sideways`).toEqual([]);
  expect(fit.offScreen, `${name}: off the screen`).toEqual([]);
  expect(fit.horizontalScroll, `${name}: sideways scroll`).toBe(false);
}

describe('the pseudo-locale en-XA at 1280×720', () => {
  it('transforms every string of the setup screen, and nothing is clipped', async () => {
    const page = await newPage(served.browser, 1280, 720, 'reduce');
    try {
      await page.goto(`${served.url}?new&lang=en-XA`);
      await waitForMap(page);
      await page.waitForSelector('#start');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
      await expectLocalisedAndFitting(page, 'pseudo-setup-1280');
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('transforms every string of the game screen with a hand, and nothing is clipped', async () => {
    const page = await newPage(served.browser, 1280, 720, 'reduce');
    try {
      await page.goto(`${served.url}?play=historical&seed=12&seats=hee&lang=en-XA`);
      await waitForMap(page);
      await page.waitForFunction(() => (window.__qantar?.model?.hand?.length ?? 0) > 0);
      await still(page);
      await expectLocalisedAndFitting(page, 'pseudo-game-1280');
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('transforms every string of the hotseat handoff, and nothing is clipped', async () => {
    const page = await newPage(served.browser, 1280, 720, 'reduce');
    try {
      await page.goto(`${served.url}?play=classroom&seed=3&seats=hhh&lang=en-XA`);
      await waitForMap(page);
      await page.waitForFunction(() => window.__qantar?.model?.handoff != null);
      await settled(page);
      await expectLocalisedAndFitting(page, 'pseudo-handoff-1280');
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('transforms every string of the debrief, and nothing is clipped', async () => {
    const page = await newPage(served.browser, 1280, 720, 'reduce');
    try {
      await page.goto(`${served.url}?play=classroom&seed=5&seats=eee&fastbots&lang=en-XA`);
      await waitForMap(page);
      await page.waitForFunction(() => window.__qantar?.screen === 'debrief', undefined, { timeout: 180_000 });
      await settled(page);
      await expectLocalisedAndFitting(page, 'pseudo-debrief-1280');
    } finally {
      await page.context().close();
    }
  }, 240_000);
});
