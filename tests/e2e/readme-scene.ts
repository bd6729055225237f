// The picture at the top of the README: the historical scenario at 1280×720, Russia (the one human)
// choosing where to place influence with its first card, the legal spaces lit. The e2e test draws
// it under tests/artifacts/ and checks what is on it; `npm run screenshots` draws it into docs/.
import type { Page } from 'playwright-core';
import { still, waitForMap } from './browser.js';

export const README_VIEWPORT = { width: 1280, height: 720 } as const;

/** Drive `page` (a fresh page of README_VIEWPORT size, reduced motion) to the README's scene. */
export async function showReadmeScene(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?play=historical&seed=12&seats=hee`);
  await waitForMap(page);
  await page.waitForFunction(() => (window.__qantar?.model?.hand?.length ?? 0) > 0);
  await page.locator('.play-ops:not([disabled])').first().click();
  await page.waitForFunction(() => Boolean(window.__qantar?.model?.board.pending));
  // The keyboard is on the first target, which opens its tooltip: Esc closes it, and with no
  // pointer on the map there is no hover outline either.
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getElementById('tooltip')?.hidden === true);
  await still(page);
}
