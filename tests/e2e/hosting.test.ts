// The build on a plain static host under a sub-path (/qantar/, as a teacher would put it on a
// school server or GitHub Pages), a turn played there, the installable parts (manifest, icons,
// service worker scoped to the sub-path), the game offline after one load (a game in progress
// resumes and a new one starts with bots), and a new version taken up without breaking the game
// in progress. Pictures go under the git-ignored tests/artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, newPage, settled, shot, waitForMap } from './browser.js';
import { acceptHandoff, playTurn, probe } from './play.js';
import { hostStatic, type StaticHost } from './static-host.js';

let host: StaticHost | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  await buildOnce();
  host = await hostStatic('/qantar/');
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

function served(): { host: StaticHost; browser: Browser } {
  if (!host || !browser) throw new Error('beforeAll failed: no static host or browser');
  return { host, browser };
}

/** Start a three-human hotseat game by its address, take the screen and play the first turn. */
async function playFirstTurn(page: Page, url: string, seed: number): Promise<void> {
  await page.goto(`${url}?play=classroom&seed=${seed}&seats=hhh`);
  await waitForMap(page);
  await page.waitForFunction(() => window.__qantar?.model?.handoff != null);
  await acceptHandoff(page);
  await playTurn(page);
  await settled(page);
}

/** The service worker has stored the build and answers for this page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** The stores the service worker keeps, oldest first. */
function stores(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('qantar-')));
}

/** Serve a changed sw.js (as a new build would), ask the browser to look for it, wait until it has taken over and cleaned up. */
async function deploy(page: Page, h: StaticHost, tag: string): Promise<void> {
  h.override('sw.js', (s) => s.replace(/const __QANTAR_VERSION__ = "([0-9a-f]+)[^"]*"/, `const __QANTAR_VERSION__ = "$1-${tag}"`));
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration');
    await new Promise<void>((taken) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => taken(), { once: true });
      void registration.update();
    });
    // The page changes hands as the new worker starts activating; its clean-up ends with 'activated'.
    const active = navigator.serviceWorker.controller;
    if (!active) throw new Error('no controller after the update');
    if (active.state !== 'activated') await new Promise<void>((done) => active.addEventListener('statechange', () => active.state === 'activated' && done()));
  });
}

const T = 240_000;

describe('the build on a static host under /qantar/', () => {
  it(
    'plays a turn there, asks for nothing outside /qantar/, and is installable (manifest, icons, worker scoped to /qantar/)',
    async () => {
      const { host: h, browser: b } = served();
      const page = await newPage(b);
      const from = h.requests.length;
      await playFirstTurn(page, h.url, 7);
      const after = await probe(page);
      expect(after.steps).toBeGreaterThan(0);
      expect(after.handoff ?? after.active).not.toBe('russia');
      await controlled(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(h.url);

      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
        if (!link) return null;
        const json = (await (await fetch(link.href)).json()) as {
          name: string;
          short_name: string;
          start_url: string;
          scope: string;
          display: string;
          theme_color: string;
          icons: { src: string; sizes: string; purpose: string }[];
        };
        const icons = await Promise.all(
          json.icons.map(async (icon) => {
            const img = new Image();
            img.src = new URL(icon.src, link.href).href;
            await img.decode();
            return { sizes: icon.sizes, purpose: icon.purpose, drawn: `${img.naturalWidth}x${img.naturalHeight}`, at: img.src };
          }),
        );
        return { href: link.href, json, icons, theme: document.querySelector<HTMLMetaElement>('meta[name=theme-color]')?.content ?? null };
      });
      if (!manifest) throw new Error('no manifest link');
      expect(manifest.href).toBe(`${h.url}manifest.webmanifest`);
      expect(manifest.json).toMatchObject({ short_name: 'Qantar', start_url: './', scope: './', display: 'standalone' });
      expect(manifest.theme).toBe(manifest.json.theme_color);
      expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons) {
        expect(icon.drawn).toBe(icon.sizes);
        expect(icon.at.startsWith(h.url)).toBe(true);
      }
      expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
      // Scripts, fonts, the map, the bot worker, the manifest, the icons and sw.js: all under /qantar/.
      const asked = h.requests.slice(from);
      expect(asked.filter((p) => !p.startsWith('/qantar/'))).toEqual([]);
      for (const kind of [/\/assets\/index-.*\.js$/, /\.woff2$/, /\/assets\/map-.*\.json$/, /\/manifest\.webmanifest$/, /\/sw\.js$/])
        expect(asked.some((p) => kind.test(p))).toBe(true);
      await shot(page, 'e2e-subpath-1280');
      await page.context().close();
    },
    T,
  );

  it(
    'works offline after one load: a game in progress resumes on reload and a new game of bots starts',
    async () => {
      const { host: h, browser: b } = served();
      const page = await newPage(b);
      await playFirstTurn(page, h.url, 8);
      await controlled(page);
      const before = await probe(page);
      expect(before.steps).toBeGreaterThan(0);

      // The page's network is cut, and the server drops everything too: the browser's own check
      // for a new sw.js is not covered by the page's offline switch.
      await page.context().setOffline(true);
      h.cut(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      const served0 = h.requests.length;
      await page.reload();
      await waitForMap(page);
      await page.waitForFunction((steps) => window.__qantar?.model?.steps === steps, before.steps);
      const resumed = await probe(page);
      expect(resumed.board).toBe(before.board);
      expect(resumed.handoff).toBe(resumed.active);
      await shot(page, 'e2e-offline-resumed-1280');

      // A new game of bots: the bot worker's chunk comes from the store too.
      await page.goto(`${h.url}?play=classroom&seed=3&seats=eee&fastbots`);
      await waitForMap(page);
      await page.waitForFunction(() => (window.__qantar?.model?.steps ?? 0) >= 3, undefined, { timeout: 60_000 });
      expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /bot-worker-.*\.js$/.test(e.name)))).toBe(true);
      // Nothing but the browser's (failed) look for a new worker went out while the network was cut.
      expect(h.requests.slice(served0).filter((p) => p !== '/qantar/sw.js')).toEqual([]);
      h.cut(false);
      await shot(page, 'e2e-offline-bots-1280');
      await page.context().close();
    },
    T,
  );

  it(
    'takes up a new version without reloading the game in progress, keeps one version back, and runs the new one on the next load',
    async () => {
      const { host: h, browser: b } = served();
      const page = await newPage(b);
      try {
        await playFirstTurn(page, h.url, 9);
        await controlled(page);
        const first = await stores(page);
        expect(first).toHaveLength(1);
        // Marks this document: a reload would lose it.
        await page.evaluate(() => (document.documentElement.dataset.sameDocument = 'yes'));

        await deploy(page, h, 'next');
        expect(await page.evaluate(() => document.documentElement.dataset.sameDocument)).toBe('yes');
        const second = await stores(page);
        expect(second).toHaveLength(2);
        expect(second[0]).toBe(first[0]);
        // The game goes on on the page it started in.
        const before = await probe(page);
        await acceptHandoff(page);
        await playTurn(page);
        expect((await probe(page)).steps).toBeGreaterThan(before.steps);

        // A third version: the first store goes, the one before the newest stays.
        await deploy(page, h, 'third');
        const third = await stores(page);
        expect(third).toHaveLength(2);
        expect(third).not.toContain(first[0]);
        expect(third[0]).toBe(second[1]);
        expect(await page.evaluate(() => document.documentElement.dataset.sameDocument)).toBe('yes');

        // The next load (offline, to be sure it is the worker's) is the new version, with the game.
        const mid = await probe(page);
        await page.context().setOffline(true);
        h.cut(true);
        await page.reload();
        await waitForMap(page);
        await page.waitForFunction((steps) => window.__qantar?.model?.steps === steps, mid.steps);
        expect((await probe(page)).board).toBe(mid.board);
        const version = await page.evaluate(
          () =>
            new Promise<unknown>((answer) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = (event) => answer(event.data);
              navigator.serviceWorker.controller?.postMessage('version', [channel.port2]);
            }),
        );
        expect(version).toMatch(/-third$/);
      } finally {
        h.cut(false);
        await page.context().close();
      }
    },
    T,
  );
});
