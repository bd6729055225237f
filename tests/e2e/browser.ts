// Shared by the end-to-end tests and the client bench: a built game served by Vite's preview
// server on a free port, and the npm-shipped headless Chromium driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = resolve(ROOT, 'tests/artifacts');

let built: Promise<void> | null = null;

/**
 * Build the game once per test run (the tests and the bench run the production build). Vitest runs
 * test files in parallel processes, and two builds writing dist/ at once break each other's pages:
 * the first process to create the run's lock folder builds, the others wait for its "done" marker.
 * The run is named by the parent process, which every worker of one Vitest run shares.
 */
export function buildOnce(): Promise<void> {
  built ??= (async () => {
    const run = resolve(ROOT, 'node_modules/.cache/qantar-e2e-build', String(process.ppid));
    const done = resolve(run, 'done');
    mkdirSync(dirname(run), { recursive: true });
    let mine = true;
    try {
      mkdirSync(run);
    } catch {
      mine = false;
    }
    if (mine) {
      // Vitest sets NODE_ENV=test, and Vite would then build a development bundle (import.meta.env.PROD
      // false: no service worker, libraries' dev checks on). The tests must run what is shipped.
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({ root: ROOT, logLevel: 'warn', configFile: resolve(ROOT, 'vite.config.ts'), mode: 'production' });
      } finally {
        process.env.NODE_ENV = nodeEnv;
      }
      writeFileSync(done, '');
      return;
    }
    // Another process of this run is building: poll its marker (a build takes tens of seconds).
    for (let waited = 0; !existsSync(done); waited += 250) {
      if (waited > 300_000) throw new Error('the shared e2e build did not finish within 5 minutes');
      await new Promise((settle) => setTimeout(settle, 250));
    }
  })();
  return built;
}

export async function serve(): Promise<{ server: PreviewServer; url: string }> {
  await buildOnce();
  const server = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export async function launch(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [
      ...chromium.args.filter((a) => a !== '--single-process' && a !== '--in-process-gpu' && a !== '--no-zygote'),
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
    headless: true,
  });
}

/** A touch screen: `hasTouch` (taps, no hover-only controls), `isMobile` (a phone or tablet browser's viewport and overlay scrollbars). */
export interface TouchOptions {
  readonly hasTouch?: boolean;
  readonly isMobile?: boolean;
}

/** A page in its own context; `reducedMotion` stops endless animations, for pictures. */
export async function newPage(browser: Browser, width = 1280, height = 720, reducedMotion: 'reduce' | 'no-preference' = 'no-preference', touch: TouchOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true, reducedMotion, ...touch });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  return page;
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Wait until the map is drawn and the probe reports the screen. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__qantar?.mapReady === true, undefined, { timeout: 20_000 });
}

/** The screen shows the latest model (drawing waits for the next animation frame). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__qantar != null && window.__qantar.rendered === window.__qantar.model);
}

/**
 * The picture is final: the panels show the latest model, the map scene has drawn it and put
 * Phaser's loop to sleep (it sleeps only after a few frames with nothing moving, and every new
 * snapshot, screen or text size wakes it at once), its canvas fills the stage, and no animation
 * that ends (a floating number, a flash, the die, a toast sliding in) is still running. Endless
 * ones (the pulse around targets, a bot's spinner) are not waited for; run with reduced motion to
 * stop them in pictures. While bots play at their normal pace the map rarely stands still: there,
 * `settled` is the signal to wait on.
 */
export async function still(page: Page, timeout = 90_000): Promise<void> {
  await settled(page);
  // Polled from here rather than waited on in the page, so a timeout says which condition held out.
  const until = Date.now() + timeout;
  let why: string;
  for (;;) {
    why = await page.evaluate(() => {
      const q = window.__qantar;
      if (!q || !q.mapReady) return 'the map is not ready';
      if (q.rendered !== q.model) return 'the panels do not show the latest model';
      if (document.body.dataset.mapLoop !== 'asleep') return `the map loop is ${document.body.dataset.mapLoop ?? 'unset'}`;
      const host = document.getElementById('stage-canvas');
      const canvas = host?.querySelector<HTMLCanvasElement>('canvas:not(.map-layer)');
      if (!host || !canvas) return 'no stage canvas';
      if (Math.abs(canvas.clientWidth - host.clientWidth) > 1 || Math.abs(canvas.clientHeight - host.clientHeight) > 1)
        return `the canvas is ${canvas.clientWidth}×${canvas.clientHeight}, its stage ${host.clientWidth}×${host.clientHeight}`;
      const running = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
      return running.length === 0 ? '' : `animations still running: ${running.map((a) => (a instanceof CSSAnimation ? a.animationName : a.id || 'unnamed')).join(', ')}`;
    });
    if (why === '') return;
    if (Date.now() > until) throw new Error(`still: not still after ${timeout} ms: ${why}`);
    await page.waitForTimeout(100);
  }
}

export function gitIgnored(path: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', path], { cwd: ROOT });
    return true;
  } catch {
    return false;
  }
}

export { existsSync };
