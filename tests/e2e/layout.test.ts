// The game on the screens a class has: a 1024×768 tablet held sideways and a 768×1024 one held
// upright (both touch screens), a 1920×1080 desktop, and once a 3840×2160 projector. At each size
// the setup, handoff, game and debrief screens fit (nothing clipped, nothing spilling, no sideways
// scroll: tests/e2e/fit.ts), the space plates never overlap and each touches its own country, and
// on touch screens every control is at least 44×44 CSS px and a whole turn is played by taps only:
// the handoff, a card, a space's facts by a first tap, the space chosen by a second tap or the
// facts' button. Two fingers zoom the map and one button brings the whole map back. The pictures
// are kept under the git-ignored tests/artifacts/, named by screen and size.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/client/save.js';
import { t } from '../../src/i18n/catalogue.js';
import { ROOT, newPage, settled, shot, still, waitForMap, type TouchOptions } from './browser.js';
import { inspectFit, settledBoxes } from './fit.js';
import { servedGame } from './served.js';

const served = servedGame();

interface Size {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly touch: TouchOptions;
}

const SIZES: readonly Size[] = [
  { name: '1024x768-touch', width: 1024, height: 768, touch: { hasTouch: true } },
  { name: '768x1024-touch', width: 768, height: 1024, touch: { hasTouch: true, isMobile: true } },
  { name: '1920x1080', width: 1920, height: 1080, touch: {} },
];

/** The smallest box a finger should have to hit (WCAG 2.5.5, Apple's and Google's guidelines). */
const MIN_TARGET = 44;
const T = 240_000;

type Pt = readonly [number, number];
type Ring = readonly Pt[];
const MAP = JSON.parse(readFileSync(resolve(ROOT, 'assets/map.json'), 'utf8')) as { spaces: Record<string, { rings: Ring[] }> };

async function open(size: Size): Promise<Page> {
  return newPage(served.browser, size.width, size.height, 'reduce', size.touch);
}

/** The historical game (seed 12) with Russia human and the others bots, at Russia's first turn with its hand dealt, the map still. */
async function openHumanTurn(page: Page): Promise<void> {
  await page.goto(`${served.url}?play=historical&seed=12&seats=hee`);
  await waitForMap(page);
  // The bots before Russia play at their pace first; on a loaded machine that takes a while, so
  // wait for Russia's own legal moves before asking the map to stand still.
  await page.waitForFunction(
    () => window.__qantar?.model?.active === 'russia' && window.__qantar.model.legal.length > 0 && (window.__qantar.model.hand?.length ?? 0) > 0,
    undefined,
    { timeout: 120_000 },
  );
  await still(page);
}

/** The screen fits its window; the picture is kept as `<screen>-<size>.png`. */
async function expectFits(page: Page, screen: string, size: Size): Promise<void> {
  await settledBoxes(page);
  await shot(page, `layout-${screen}-${size.name}`);
  const fit = await inspectFit(page);
  const where = `${screen} at ${size.name}`;
  expect(fit.clipped, `${where}: clipped boxes`).toEqual([]);
  expect(fit.sideways, `${where}: boxes scrolling sideways`).toEqual([]);
  expect(fit.offScreen, `${where}: off the screen`).toEqual([]);
  expect(fit.horizontalScroll, `${where}: sideways scroll`).toBe(false);
}

/** Every control on screen a finger can press, measured: the ones smaller than 44×44, and the smallest side seen. */
function targets(page: Page): Promise<{ small: string[]; smallest: number; count: number }> {
  return page.evaluate((min) => {
    const small: string[] = [];
    let smallest = Infinity;
    let count = 0;
    for (const el of document.querySelectorAll<HTMLElement>('button, select, summary, a[href], input:not([type=hidden]), [role=button]')) {
      const style = getComputedStyle(el);
      if (el.closest('[hidden]') || style.display === 'none' || style.visibility === 'hidden') continue;
      // A radio button or a check box is pressed through its label.
      const target = (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el.closest('label') : null) ?? el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      count++;
      smallest = Math.min(smallest, box.width, box.height);
      if (box.width < min - 0.5 || box.height < min - 0.5)
        small.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 30)}": ${box.width.toFixed(1)}×${box.height.toFixed(1)}`,
        );
    }
    return { small, smallest, count };
  }, MIN_TARGET);
}

async function expectTapTargets(page: Page, where: string): Promise<number> {
  const seen = await targets(page);
  expect(seen.count, `${where}: controls measured`).toBeGreaterThan(3);
  expect(seen.small, `${where}: controls smaller than ${MIN_TARGET}×${MIN_TARGET} px`).toEqual([]);
  return seen.smallest;
}

interface PlateBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The plates as drawn (each space's button lies exactly over its plate), in stage px, and where the map is drawn. */
async function platesOnScreen(
  page: Page,
): Promise<{ plates: PlateBox[]; view: { zoom: number; offsetX: number; offsetY: number; viewFactor: number }; tools: { x: number; y: number; w: number; h: number } | null }> {
  const seen = await page.evaluate(() => {
    const stage = document.getElementById('stage')?.getBoundingClientRect();
    const plates = [...document.querySelectorAll<HTMLElement>('#map-hits .space-hit')]
      .filter((b) => !b.hidden)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { id: b.dataset.space ?? '', x: r.left - (stage?.left ?? 0), y: r.top - (stage?.top ?? 0), w: r.width, h: r.height };
      });
    const t = document.getElementById('map-tools')?.getBoundingClientRect();
    const tools = t && stage ? { x: t.left - stage.left, y: t.top - stage.top, w: t.width, h: t.height } : null;
    return { plates, view: window.__qantar?.mapView ?? null, tools };
  });
  if (!seen.view) throw new Error('the map reported no view');
  return { plates: seen.plates, view: seen.view, tools: seen.tools };
}

function inside(rings: readonly Ring[], x: number, y: number): boolean {
  let hit = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) hit = !hit;
    }
  return hit;
}

/** The plate's box and the country's drawn area share a point: sampled every 2 px over the box, plus the outline's own points. */
function touchesCountry(p: PlateBox, rings: readonly Ring[]): boolean {
  for (const ring of rings) for (const [x, y] of ring) if (x >= p.x - 1 && x <= p.x + p.w + 1 && y >= p.y - 1 && y <= p.y + p.h + 1) return true;
  for (let x = p.x; x <= p.x + p.w; x += 2) for (let y = p.y; y <= p.y + p.h; y += 2) if (inside(rings, x, y)) return true;
  return false;
}

/** No two plates overlap, none lies under the map's view buttons, and every plate touches its own country (so none sits beside a neighbour's). */
async function expectPlatesPlaced(page: Page, where: string, expected: number): Promise<void> {
  const { plates, view, tools } = await platesOnScreen(page);
  expect(plates.length, `${where}: plates on screen`).toBe(expected);
  const overlaps: string[] = [];
  for (let i = 0; i < plates.length; i++)
    for (let j = i + 1; j < plates.length; j++) {
      const a = plates[i]!;
      const b = plates[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.id} × ${b.id}`);
    }
  expect(overlaps, `${where}: overlapping plates`).toEqual([]);
  const covered = plates.filter((p) => tools && p.x < tools.x + tools.w && tools.x < p.x + p.w && p.y < tools.y + tools.h && tools.y < p.y + p.h);
  expect(
    covered.map((p) => p.id),
    `${where}: plates under the view buttons`,
  ).toEqual([]);
  const astray = plates.filter((p) => {
    const rings = MAP.spaces[p.id]!.rings.map((ring) => ring.map(([x, y]) => [view.offsetX + x * view.zoom, view.offsetY + y * view.zoom] as const));
    return !touchesCountry(p, rings);
  });
  expect(
    astray.map((p) => p.id),
    `${where}: plates not touching their own country`,
  ).toEqual([]);
}

/** The finished three-bot game, played once and then opened at every size from the browser's storage. */
let finished: Promise<string> | null = null;
function finishedGame(): Promise<string> {
  finished ??= (async () => {
    const page = await newPage(served.browser, 1280, 720, 'reduce');
    try {
      await page.goto(`${served.url}?play=classroom&seed=5&seats=eee&fastbots`);
      await waitForMap(page);
      await page.waitForFunction(() => window.__qantar?.screen === 'debrief', undefined, { timeout: 180_000 });
      const text = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
      if (!text) throw new Error('the finished game was not stored');
      return text;
    } finally {
      await page.context().close();
    }
  })();
  return finished;
}

interface TurnState {
  readonly steps: number;
  readonly active: string | null;
  readonly viewer: string | null;
  readonly handoff: string | null;
  readonly pending: boolean;
}

function state(page: Page): Promise<TurnState> {
  return page.evaluate(() => {
    const m = window.__qantar?.model;
    return { steps: m?.steps ?? 0, active: m?.active ?? null, viewer: m?.viewer ?? null, handoff: m?.handoff?.to ?? null, pending: Boolean(m?.board.pending) };
  });
}

/** The facts panel a first tap opened: it names the space and shows its numbers as the board has them. */
async function expectFactsOf(page: Page, space: string): Promise<void> {
  await page.waitForFunction(() => document.getElementById('tooltip')?.classList.contains('pinned') === true && !document.getElementById('tooltip')?.hidden);
  const seen = await page.evaluate((id) => {
    const board = window.__qantar?.rendered?.board;
    return {
      title: document.querySelector('#tooltip strong')?.textContent ?? '',
      lines: [...document.querySelectorAll('#tooltip li')].map((li) => li.textContent),
      stability: board?.stability[id as keyof typeof board.stability] ?? -1,
      russia: (board?.influence as Record<string, Record<string, number>> | undefined)?.[id]?.russia ?? -1,
      act: document.querySelector('#tooltip .facts-act')?.textContent ?? null,
    };
  }, space);
  expect(seen.title).toBe(t(`space.${space}`));
  expect(seen.lines).toContain(t('ui.tip.stability', { value: seen.stability }));
  expect(seen.lines).toContain(t('ui.tip.influence', { power: t('power.russia'), value: seen.russia }));
  // A legal target: the panel offers to act on it, in words.
  expect(seen.act).toBe(t('ui.facts.act', { action: t('ui.op.place') }));
}

describe.each(SIZES)('the screens at $name', (size) => {
  const touch = size.touch.hasTouch === true;

  it(
    'fits the setup screen' + (touch ? ', with every control big enough for a finger' : ''),
    async () => {
      const page = await open(size);
      try {
        await page.goto(`${served.url}?new`);
        await waitForMap(page);
        await page.waitForSelector('#start');
        await still(page);
        await expectFits(page, 'setup', size);
        if (touch) await expectTapTargets(page, `setup at ${size.name}`);
      } finally {
        await page.context().close();
      }
    },
    T,
  );

  it(
    touch
      ? 'plays a whole turn by taps only: handoff, card, a space’s facts by a first tap, the space by a second tap or the facts’ button; every screen fits'
      : 'plays a turn by clicks; the handoff and game screens fit and the plates are placed',
    async () => {
      const page = await open(size);
      try {
        // Russia and Turkey are human: a handoff screen comes before each of their turns.
        await page.goto(`${served.url}?play=historical&seed=12&seats=hhe`);
        await waitForMap(page);
        await page.waitForFunction(() => window.__qantar?.model?.handoff != null);
        await still(page);
        await expectFits(page, 'handoff', size);
        if (touch) await page.locator('#handoff-ready').tap();
        else await page.locator('#handoff-ready').click();
        await page.waitForFunction(() => window.__qantar?.model?.handoff == null && window.__qantar?.model?.viewer === 'russia');
        await still(page);
        await expectFits(page, 'game', size);
        await expectPlatesPlaced(page, `game at ${size.name}`, 11);
        if (touch) await expectTapTargets(page, `game at ${size.name}`);

        const press = async (selector: string): Promise<void> => {
          const el = page.locator(selector).first();
          if (touch) await el.tap();
          else await el.click();
        };
        const startSteps = (await state(page)).steps;
        await press('.play-ops:not([disabled])');
        await page.waitForFunction(() => Boolean(window.__qantar?.model?.board.pending));
        await still(page);
        await expectFits(page, 'targets', size);
        let facts = 0;
        for (let guard = 0; guard < 20; guard++) {
          await settled(page);
          const now = await state(page);
          if (now.active !== 'russia' || !now.pending) break;
          const target = page.locator('.space-hit.target:not([hidden])').first();
          if ((await target.count()) === 0) {
            await press('.btn.end-ops');
          } else if (touch) {
            const space = (await target.getAttribute('data-space')) ?? '';
            const pinned = await page.evaluate(() => {
              const tip = document.getElementById('tooltip');
              return tip && !tip.hidden && tip.classList.contains('pinned') ? (tip.dataset.space ?? null) : null;
            });
            if (pinned === space) {
              // Its facts are open from the last placement: this tap is the second one, and acts.
              await target.tap();
            } else {
              // A finger cannot hover: the first tap shows the space's facts and does nothing else.
              await target.tap();
              await expectFactsOf(page, space);
              expect((await state(page)).steps, 'a first tap does not act').toBe(now.steps);
              if (facts === 0) {
                await still(page);
                await expectFits(page, 'facts', size);
                await expectTapTargets(page, `facts at ${size.name}`);
                // The first time by the facts' button, then by tapping the space again.
                await page.locator('#tooltip .facts-act').tap();
              } else await target.tap();
              facts++;
            }
          } else await target.click();
          await page.waitForFunction((n) => (window.__qantar?.model?.steps ?? 0) > n, now.steps);
        }
        const after = await state(page);
        expect(after.steps).toBeGreaterThan(startSteps + 1);
        expect(after.active, 'the turn passed on').not.toBe('russia');
        if (touch) expect(facts).toBeGreaterThan(0);
      } finally {
        await page.context().close();
      }
    },
    T,
  );

  it(
    'fits the debrief',
    async () => {
      const text = await finishedGame();
      const page = await open(size);
      try {
        await page.goto(`${served.url}?new`);
        await waitForMap(page);
        await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, text] as const);
        await page.goto(served.url);
        await waitForMap(page);
        await page.waitForFunction(() => window.__qantar?.screen === 'debrief');
        await page.waitForSelector('.report');
        await still(page);
        await expectFits(page, 'debrief', size);
        // The report's heading is on top (nothing of the game screen covers the sheet).
        const onTop = await page.evaluate(() => {
          const h1 = document.querySelector('.report-head h1');
          const r = h1?.getBoundingClientRect();
          return r ? (document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('#debrief') ?? null) !== null : false;
        });
        expect(onTop, 'the report heading is visible').toBe(true);
        if (touch) await expectTapTargets(page, `debrief at ${size.name}`);
      } finally {
        await page.context().close();
      }
    },
    T,
  );
});

describe('the map under fingers and the top bar on a small screen', () => {
  it(
    'zooms with two fingers, pans with one, keeps the plates placed, and comes back whole with one button',
    async () => {
      const size = SIZES[0]!;
      const page = await open(size);
      try {
        await openHumanTurn(page);
        const stage = await page.locator('#stage').boundingBox();
        if (!stage) throw new Error('no stage');
        const cx = stage.x + stage.width / 2;
        const cy = stage.y + stage.height / 2;
        const cdp = await page.context().newCDPSession(page);
        const fingers = (spread: number): { x: number; y: number; id: number }[] => [
          { x: cx - spread, y: cy, id: 1 },
          { x: cx + spread, y: cy, id: 2 },
        ];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
        for (let spread = 50; spread <= 140; spread += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await page.waitForFunction(() => (window.__qantar?.mapView?.viewFactor ?? 1) > 2);
        const zoomed = await platesOnScreen(page);
        // One finger drags the zoomed map sideways.
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy, id: 3 }] });
        for (let dx = 10; dx <= 120; dx += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx + dx, y: cy, id: 3 }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await page.waitForFunction((x) => (window.__qantar?.mapView?.offsetX ?? x) > x + 50, zoomed.view.offsetX);
        await still(page);
        const panned = await platesOnScreen(page);
        expect(panned.view.viewFactor).toBeCloseTo(zoomed.view.viewFactor, 5);
        await expectPlatesPlaced(page, 'zoomed and panned', panned.plates.length);
        await shot(page, `layout-zoomed-${size.name}`);
        // No move was made by any of it.
        expect((await state(page)).pending).toBe(false);
        await page.locator('#map-reset').tap();
        await page.waitForFunction(() => window.__qantar?.mapView?.viewFactor === 1);
        await still(page);
        await expectPlatesPlaced(page, 'reset', 11);
      } finally {
        await page.context().close();
      }
    },
    T,
  );

  it(
    'folds the top bar’s commands into a menu that opens by tap and holds the same commands',
    async () => {
      const size = SIZES[1]!;
      const page = await open(size);
      try {
        await openHumanTurn(page);
        const menu = page.locator('#btn-menu');
        expect(await menu.isVisible()).toBe(true);
        expect(await menu.textContent()).toBe(t('ui.top.menu'));
        expect(await page.locator('#btn-large').isVisible()).toBe(false);
        await menu.tap();
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        const commands = await page.locator('#top-menu .btn').allTextContents();
        expect(commands).toEqual([t('ui.top.export'), t('ui.top.import'), t('ui.top.largeText'), t('ui.top.newGame')]);
        await expectFits(page, 'menu', size);
        await page.locator('#btn-large').tap();
        await page.waitForFunction(() => document.documentElement.classList.contains('large'));
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        await still(page);
        await expectFits(page, 'large', size);
        await expectPlatesPlaced(page, 'large text in portrait', 11);
        // The events and the log slide in over the map, and away again.
        await page.locator('#btn-side').tap();
        expect(await page.locator('#log').isVisible()).toBe(true);
        await expectFits(page, 'side', size);
        await page.locator('#btn-side').tap();
        expect(await page.locator('#log').isVisible()).toBe(false);
        // The hand folds away and the map grows into its room.
        const before = (await page.locator('#stage').boundingBox())?.height ?? 0;
        await page.locator('.hand-toggle').tap();
        expect(await page.locator('.hand-toggle').getAttribute('aria-expanded')).toBe('false');
        await expect.poll(async () => (await page.locator('#stage').boundingBox())?.height ?? 0).toBeGreaterThan(before + 100);
        expect(await page.locator('.card').first().isVisible()).toBe(false);
        await still(page);
        await expectPlatesPlaced(page, 'hand folded', 11);
      } finally {
        await page.context().close();
      }
    },
    T,
  );

  it(
    'fits a 4K projector (3840×2160)',
    async () => {
      const size: Size = { name: '3840x2160', width: 3840, height: 2160, touch: {} };
      const page = await open(size);
      try {
        await openHumanTurn(page);
        await expectFits(page, 'game', size);
        await expectPlatesPlaced(page, 'game at 4K', 11);
        // Text grows with the screen: readable from the back of the room.
        expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(20);
      } finally {
        await page.context().close();
      }
    },
    T,
  );
});
