// One built game served and one Chromium for a test file: started before its tests, closed after
// them (even when starting failed half-way). Every end-to-end file opens its pages on these.
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launch, serve } from './browser.js';

export interface Served {
  /** The preview server's address, ending in '/'. */
  readonly url: string;
  readonly browser: Browser;
}

/** Register the file's setup and teardown; the fields can be read once the tests run. */
export function servedGame(): Served {
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  let url = '';
  beforeAll(async () => {
    ({ server, url } = await serve());
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return url;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched: beforeAll failed or has not run');
      return browser;
    },
  };
}
