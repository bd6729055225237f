// End-to-end: the built game in headless Chromium (the npm-shipped one), driven like a class
// would: the setup screen, a hotseat round by mouse and keyboard with handoffs, a three-bot game
// to the debrief and its print view, a reload mid-game, a save exported and imported, a stored game
// that no longer reads, and a tooltip that follows the board. Every screen it draws is kept under
// the git-ignored tests/artifacts/ and checked for what it shows; nothing here writes a tracked
// file (the README's picture is `npm run screenshots`).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../src/client/rules-version.js';
import { SAVE_KEY } from '../../src/client/save.js';
import { t } from '../../src/i18n/catalogue.js';
import { SCENARIO_IDS } from '../../src/rules/index.js';
import { POWERS, type Power } from '../../src/rules/index.js';
import { ARTIFACTS, gitIgnored, newPage, settled, shot, still, waitForMap } from './browser.js';
import { acceptHandoff, chooseOpLeavingSpacesOut, playTurn, probe } from './play.js';
import { servedGame } from './served.js';
import { README_VIEWPORT, showReadmeScene } from './readme-scene.js';

const served = servedGame();

/** Clear the saved game so each test starts from the setup screen. */
async function freshSetup(page: Page): Promise<void> {
  await page.goto(served.url);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${served.url}?new`);
  await waitForMap(page);
  await page.waitForSelector('#start');
}

async function startHotseat(page: Page, seed: number): Promise<void> {
  await freshSetup(page);
  await page.check('#scenario-classroom');
  for (const p of ['russia', 'turkey', 'china']) await page.selectOption(`#seat-${p}`, 'human');
  await page.fill('#seed', String(seed));
  await page.click('#start');
  await page.waitForFunction(() => window.__qantar?.model?.handoff != null);
}

/** Nothing of any hand is in the page, and outside the handoff message the screen is dark. */
async function expectNothingPrivate(page: Page, name: string): Promise<void> {
  await settled(page);
  const dom = await page.evaluate(() => ({
    cards: document.querySelectorAll('.card, [data-card]').length,
    handText: document.getElementById('hand')?.textContent ?? '',
    overlayVisible: !document.getElementById('handoff')?.hidden,
    modelHand: window.__qantar?.model?.hand ?? null,
    agenda: window.__qantar?.model?.agenda ?? null,
  }));
  expect(dom.overlayVisible).toBe(true);
  expect(dom.cards).toBe(0);
  expect(dom.modelHand).toBeNull();
  expect(dom.agenda).toBeNull();
  const png = await page.screenshot();
  await shot(page, name);
  const box = await page.locator('.handoff-card').boundingBox();
  if (!box) throw new Error('no handoff card');
  // Decode the screenshot in the browser and look for bright pixels outside the handoff message.
  const bright = await page.evaluate(
    async ({ b64, box }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return -1;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let count = 0;
      for (let y = 0; y < img.height; y++) {
        for (let x = 0; x < img.width; x++) {
          if (x >= box.x - 4 && x <= box.x + box.width + 4 && y >= box.y - 4 && y <= box.y + box.height + 4) continue;
          const i = (y * img.width + x) * 4;
          const lum = 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
          if (lum > 120) count++;
        }
      }
      return count;
    },
    { b64: png.toString('base64'), box },
  );
  expect(bright).toBe(0);
}

/** A busy two-core machine runs headless Chromium slowly; these budgets are generous on purpose. */
const T = 240_000;

describe('Qantar in the browser', () => {
  it(
    'plays a full hotseat round with three humans by clicks and keys, hiding hands at every handoff',
    async () => {
      const page = await newPage(served.browser);
      await startHotseat(page, 41);
      await expectNothingPrivate(page, 'e2e-handoff-1280');
      const startRound = (await probe(page)).round;
      let handoffs = 0;
      for (let guard = 0; guard < 40; guard++) {
        const p = await probe(page);
        if (p.round > startRound || p.over) break;
        if (p.handoff) {
          if (handoffs > 0) await expectNothingPrivate(page, `e2e-handoff-${handoffs}`);
          handoffs++;
          // The ready button has the focus: Enter takes the screen.
          await acceptHandoff(page);
          const own = await probe(page);
          expect(own.viewer).toBe(own.active);
          expect(await page.locator('.card').count()).toBe(own.hand?.length ?? -1);
          if (handoffs === 1) {
            await shot(page, 'e2e-hand-1280');
            // An illegal click shows the kernel's reason.
            // Pick an operation that leaves some space out of reach, and click such a space.
            await chooseOpLeavingSpacesOut(page);
            const nonTarget = page.locator('.space-hit:not(.target)').first();
            await nonTarget.click({ force: true });
            await expect.poll(async () => (await page.locator('#toast').textContent()) ?? '').not.toBe('');
            await shot(page, 'e2e-illegal-1280');
            // Undo takes the card back.
            await page.click('#btn-undo');
            await page.waitForFunction(() => !window.__qantar?.model?.board.pending);
            // Esc cancels a chosen event.
            const event = page.locator('.play-event:not([disabled])').first();
            if ((await event.count()) > 0) {
              await event.click();
              await page.keyboard.press('Escape');
              await expect.poll(async () => page.locator('.card.selected').count()).toBe(0);
            }
          }
        }
        await playTurn(page);
      }
      const end = await probe(page);
      expect(end.round).toBe(startRound + 1);
      expect(handoffs).toBeGreaterThanOrEqual(6);
      await page.context().close();
    },
    T,
  );

  it(
    'reloads mid-game and finds the same state',
    async () => {
      const page = await newPage(served.browser);
      await startHotseat(page, 77);
      await acceptHandoff(page);
      await playTurn(page);
      const before = await probe(page);
      expect(before.steps).toBeGreaterThan(0);
      await page.reload();
      await waitForMap(page);
      await page.waitForFunction((steps) => window.__qantar?.model?.steps === steps, before.steps);
      const after = await probe(page);
      expect(after.board).toBe(before.board);
      expect(after.logLength).toBe(before.logLength);
      // After a reload the next human must take the screen again.
      expect(after.handoff).toBe(after.active);
      await shot(page, 'e2e-reload-1280');
      await page.context().close();
    },
    T,
  );

  it(
    'exports a save, imports it, resumes the same game and replays it step by step',
    async () => {
      const page = await newPage(served.browser);
      await startHotseat(page, 5);
      await acceptHandoff(page);
      await playTurn(page);
      await acceptHandoff(page);
      await playTurn(page);
      // Take the screen (the handoff hides the menu too), then save to a file.
      await acceptHandoff(page);
      const before = await probe(page);
      // Where the commands do not fit on the top bar's row (1280 px in English) they are in its menu.
      if (await page.locator('#btn-menu').isVisible()) await page.click('#btn-menu');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export')]);
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = resolve(ARTIFACTS, 'e2e-save.json');
      await download.saveAs(file);
      const save = JSON.parse(readFileSync(file, 'utf8')) as { format: string; config: { seed: number }; steps: unknown[] };
      expect(save.format).toBe('qantar-save');
      expect(save.config.seed).toBe(5);
      expect(save.steps.length).toBe(before.steps);

      await freshSetup(page);
      await page.setInputFiles('#file-import', file);
      await page.click('#import-resume');
      await page.waitForFunction((steps) => window.__qantar?.model?.steps === steps, before.steps);
      const resumed = await probe(page);
      expect(resumed.board).toBe(before.board);

      await page.setInputFiles('#file-import', file);
      await page.click('#import-replay');
      await page.waitForSelector('#replay-next');
      await page.click('#replay-next');
      await page.click('#replay-next');
      await expect.poll(async () => page.locator('#replay-status').textContent()).toContain('2');
      await page.click('#replay-prev');
      await expect.poll(async () => page.locator('#replay-status').textContent()).toContain('1');
      await shot(page, 'e2e-replay-1280');
      await page.context().close();
    },
    T,
  );

  it(
    'runs a three-bot classroom game to the debrief, with a print view',
    async () => {
      const page = await newPage(served.browser);
      await freshSetup(page);
      await page.check('#scenario-classroom');
      for (const p of ['russia', 'turkey', 'china']) await page.selectOption(`#seat-${p}`, 'easy');
      await page.fill('#seed', '2022');
      await page.check('#fast-bots');
      await page.click('#start');
      await page.waitForFunction(() => window.__qantar?.model?.thinking != null || (window.__qantar?.model?.steps ?? 0) > 0);
      await shot(page, 'e2e-bots-1280');
      // No hand is ever shown to spectators.
      expect(await page.locator('.card').count()).toBe(0);
      await page.waitForFunction(() => window.__qantar?.screen === 'debrief', undefined, { timeout: 150_000 });
      await page.waitForSelector('.report');
      await still(page);
      await shot(page, 'e2e-debrief-1280');
      await expectWinnerShown(page);
      expect(await page.locator('.points li').count()).toBeGreaterThan(0);
      expect(await page.locator('.timeline li').count()).toBe(7);
      await page.emulateMedia({ media: 'print' });
      // The print view is the report alone, with its footer: no game screen, no buttons.
      expect(await page.locator('#app').isHidden()).toBe(true);
      expect(await page.locator('.report').isVisible()).toBe(true);
      expect(await page.locator('.print-footer').isVisible()).toBe(true);
      expect(await page.locator('.report-actions').isHidden()).toBe(true);
      await page.screenshot({ path: resolve(ARTIFACTS, 'e2e-print-1280.png'), fullPage: true });
      await page.pdf({ path: resolve(ARTIFACTS, 'e2e-report.pdf'), format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      await page.context().close();
    },
    T,
  );

  it(
    'draws the setup, handoff, hand, targets and large-text screens at 1920×1080, each showing what it should',
    async () => {
      const page = await newPage(served.browser, 1920, 1080, 'reduce');
      await freshSetup(page);
      await still(page);
      await shot(page, 'screen-setup-1920');
      // The setup screen lists every scenario by its title, and nothing of a stored game.
      const setup = await page.evaluate(() => ({
        ids: [...document.querySelectorAll<HTMLInputElement>('.scenario-list input[type=radio]')].map((i) => i.value),
        titles: [...document.querySelectorAll('.scenario-list .scenario strong')].map((e) => e.textContent),
        notice: document.getElementById('stored-notice') !== null,
        start: document.getElementById('start')?.textContent ?? '',
      }));
      expect(setup.ids).toEqual([...SCENARIO_IDS]);
      expect(setup.titles).toEqual(SCENARIO_IDS.map((id) => t(`scenario.${id}.title`)));
      expect(setup.notice).toBe(false);
      expect(setup.start).toBe(t('ui.setup.start'));
      // Each bot kind chosen for a seat is described once, from the catalogue; with three humans, none.
      const botHelp = () =>
        page.evaluate(() => ({
          hidden: document.getElementById('seat-bots')?.hidden ?? null,
          lines: [...document.querySelectorAll('#seat-bots .bot-desc')].map((e) => e.textContent),
        }));
      for (const p of ['russia', 'turkey', 'china']) await page.selectOption(`#seat-${p}`, 'human');
      expect(await botHelp()).toEqual({ hidden: true, lines: [] });
      await page.selectOption('#seat-turkey', 'hard');
      await page.selectOption('#seat-china', 'easy');
      await page.selectOption('#seat-russia', 'hard');
      expect(await botHelp()).toEqual({ hidden: false, lines: [t('ai.bot.easy'), t('ai.bot.hard')] });
      await shot(page, 'screen-setup-bots-1920');

      await page.goto(`${served.url}?play=historical&seed=12&seats=hhe`);
      await waitForMap(page);
      await page.waitForFunction(() => window.__qantar?.model?.handoff != null);
      await still(page);
      await shot(page, 'screen-handoff-1920');
      // The handoff names the next player and hides every hand.
      const handoff = await page.evaluate(() => ({
        to: window.__qantar?.model?.handoff?.to ?? null,
        title: document.getElementById('handoff-title')?.textContent ?? '',
        shown: !document.getElementById('handoff')?.hidden,
        cards: document.querySelectorAll('.card').length,
        hand: window.__qantar?.rendered?.hand ?? null,
      }));
      expect(handoff.to).toBe('russia');
      expect(handoff.title).toBe(t('ui.handoff.title', { power: t('power.russia') }));
      expect(handoff).toMatchObject({ shown: true, cards: 0, hand: null });

      await acceptHandoff(page);
      await still(page);
      await shot(page, 'screen-game-1920');
      // Russia's player sees exactly Russia's cards, and the round in the top bar.
      const game = await page.evaluate(() => ({
        hand: window.__qantar?.rendered?.hand ?? null,
        cards: [...document.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.card ?? ''),
        viewer: window.__qantar?.rendered?.viewer ?? null,
        top: document.getElementById('topbar')?.textContent ?? '',
      }));
      expect(game.viewer).toBe('russia');
      expect(game.cards.length).toBeGreaterThan(0);
      expect(game.cards).toEqual(game.hand);
      expect(game.top).toContain(t('ui.top.round', { round: 1, rounds: 8 }));

      const titleSize = (): Promise<number> => page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.card h3') ?? document.body).fontSize));
      const normalSize = await titleSize();
      await page.locator('.play-ops:not([disabled])').first().click();
      await page.waitForFunction(() => Boolean(window.__qantar?.model?.board.pending));
      await still(page);
      await shot(page, 'screen-targets-1920');
      await expectTargetsAreLegal(page);

      await page.click('#btn-large');
      await still(page);
      await shot(page, 'screen-large-1920');
      expect(await page.evaluate(() => document.documentElement.classList.contains('large'))).toBe(true);
      expect(await page.getAttribute('#btn-large', 'aria-pressed')).toBe('true');
      expect(await titleSize()).toBeGreaterThan(normalSize);
      await expectTargetsAreLegal(page);
      await page.context().close();
    },
    T,
  );

  it(
    'draws a bot thinking after an explained move, and the debrief with its winner, at 1920×1080',
    async () => {
      const bots = await newPage(served.browser, 1920, 1080, 'reduce');
      await bots.goto(`${served.url}?play=classroom&seed=9&seats=eee`);
      await waitForMap(bots);
      await bots.waitForFunction(() => (window.__qantar?.model?.steps ?? 0) >= 3 && window.__qantar?.model?.thinking != null, undefined, { timeout: 60_000 });
      await settled(bots);
      // Read the screen and the model it shows in one go: the bots keep playing meanwhile.
      const seen = await bots.evaluate(() => {
        const shown = window.__qantar?.rendered;
        const last = shown ? [...shown.log].reverse().find((e) => e.explanation) : undefined;
        return {
          thinking: shown?.thinking ?? null,
          thinkingRow: document.querySelector('.power .thinking')?.closest<HTMLElement>('.power')?.dataset.power ?? null,
          explanation: last?.explanation ?? null,
          // The words the log shows for bots' reasons (the model keeps them as codes).
          why: [...document.querySelectorAll('#log-list .bot-why')].map((e) => e.textContent),
          cards: document.querySelectorAll('.card').length,
        };
      });
      await shot(bots, 'screen-botmove-1920');
      expect(seen.thinking).not.toBeNull();
      expect(seen.thinkingRow).toBe(seen.thinking);
      expect(seen.explanation).not.toBeNull();
      expect(seen.why.length).toBeGreaterThan(0);
      // Every reason is in words: no catalogue key left showing, no placeholder unfilled.
      for (const why of seen.why) expect(why).not.toMatch(/\[(ai|move)\.|\{\w+\}/);
      expect(seen.cards).toBe(0);

      await bots.goto(`${served.url}?play=classroom&seed=2022&seats=eee&fastbots`);
      await bots.waitForFunction(() => window.__qantar?.screen === 'debrief', undefined, { timeout: 120_000 });
      await bots.waitForSelector('.report');
      await still(bots);
      await shot(bots, 'screen-debrief-1920');
      await expectWinnerShown(bots);
      await bots.context().close();
    },
    T,
  );

  it(
    'draws the README scene at 1280×720: the human player’s legal targets lit, no tooltip, under the ignored artifacts folder',
    async () => {
      const small = await newPage(served.browser, README_VIEWPORT.width, README_VIEWPORT.height, 'reduce');
      await showReadmeScene(small, served.url);
      const path = await shot(small, 'screen-map-1280');
      expect(gitIgnored(path)).toBe(true);
      await expectTargetsAreLegal(small);
      expect(await small.locator('#tooltip').isHidden()).toBe(true);
      expect(await small.locator('.card').count()).toBeGreaterThan(0);
      await small.context().close();
    },
    T,
  );

  it(
    'keeps a stored game that no longer reads, says so on the setup screen and offers its exact text',
    async () => {
      const page = await newPage(served.browser);
      await page.goto(`${served.url}?new`);
      await waitForMap(page);
      const corrupt = '{"format":"qantar-save","version":1,"rulesVersion":1,"config":{"scenarioId":"classroom","seed":3,"agendas":fal';
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SAVE_KEY, corrupt] as const);
      await page.goto(served.url);
      await waitForMap(page);
      await page.waitForSelector('#stored-notice');
      await still(page);
      await shot(page, 'e2e-stored-notice-1280');
      const notice = await page.evaluate(() => ({
        screen: window.__qantar?.screen,
        text: document.getElementById('stored-notice')?.textContent ?? '',
        resume: document.getElementById('resume') !== null,
      }));
      expect(notice.screen).toBe('setup');
      expect(notice.text).toContain(t('ui.setup.stored.title'));
      expect(notice.text).toContain(t('ui.setup.stored.damaged', { detail: t('ui.save.problem.json') }));
      expect(notice.resume).toBe(false);
      // The download is the stored text, byte for byte.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#stored-download')]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(corrupt);
      // Nothing overwrote it: a reload shows the same notice over the same text.
      await page.reload();
      await waitForMap(page);
      await page.waitForSelector('#stored-notice');
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(corrupt);

      // A game stored under another rules edition is not resumed either, and the notice names the edition.
      const other = JSON.stringify({
        format: 'qantar-save',
        version: 1,
        rulesVersion: RULES_VERSION + 1,
        config: { scenarioId: 'classroom', seed: 3, agendas: false, seats: { russia: 'human', turkey: 'easy', china: 'easy' } },
        steps: [],
      });
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SAVE_KEY, other] as const);
      await page.reload();
      await waitForMap(page);
      await page.waitForSelector('#stored-notice');
      expect(await page.locator('#stored-problem').textContent()).toContain(t('ui.save.edition.numbered', { version: RULES_VERSION + 1 }));

      // Dismissing it forgets the text and leaves a plain setup screen.
      await page.click('#stored-dismiss');
      await page.waitForFunction(() => document.getElementById('stored-notice') === null);
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
      expect(await page.locator('#start').isVisible()).toBe(true);
      await page.context().close();
    },
    T,
  );

  it(
    'keeps the tooltip of a space in step with the board while it is open',
    async () => {
      const page = await newPage(served.browser, 1280, 720, 'reduce');
      await page.goto(`${served.url}?play=historical&seed=12&seats=hee`);
      await waitForMap(page);
      await page.waitForFunction(() => (window.__qantar?.model?.hand?.length ?? 0) > 0);
      await page.locator('.play-ops:not([disabled])').first().click();
      await page.waitForFunction(() => Boolean(window.__qantar?.model?.board.pending));
      await still(page);
      // The first target keeps the keyboard after the move, so nothing else reopens the tooltip.
      const target = page.locator('.space-hit.target').first();
      const space = (await target.getAttribute('data-space')) ?? '';
      await target.hover();
      await page.waitForFunction(() => document.getElementById('tooltip')?.hidden === false);
      const influenceLine = (value: number): string => t('ui.tip.influence', { power: t('power.russia'), value });
      const before = await russiaInfluence(page, space);
      expect(await tipLines(page)).toContain(influenceLine(before));
      // Place influence there: the board changes under the open tooltip.
      const steps = await page.evaluate(() => window.__qantar?.model?.steps ?? 0);
      await target.click();
      await page.waitForFunction((n) => (window.__qantar?.model?.steps ?? 0) > n, steps);
      await settled(page);
      const after = await russiaInfluence(page, space);
      expect(after).toBeGreaterThan(before);
      expect(await page.locator('#tooltip').isHidden()).toBe(false);
      expect(await page.locator('#tooltip strong').textContent()).toBe(t(`space.${space}`));
      const lines = await tipLines(page);
      expect(lines).toContain(influenceLine(after));
      expect(lines).not.toContain(influenceLine(before));
      await shot(page, 'e2e-tooltip-1280');
      await page.context().close();
    },
    T,
  );
});

/** The tooltip's lines as shown. */
function tipLines(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('#tooltip li')].map((li) => li.textContent));
}

/** Russia's influence in `space` on the board the screen shows. */
async function russiaInfluence(page: Page, space: string): Promise<number> {
  const value = await page.evaluate((id) => {
    const board = window.__qantar?.rendered?.board;
    return board ? (board.influence as Record<string, Record<string, number>>)[id]?.russia : undefined;
  }, space);
  if (value === undefined) throw new Error(`no influence shown for ${space}`);
  return value;
}

/** The lit spaces are exactly the legal spaces of the chosen operation (the first with any). */
async function expectTargetsAreLegal(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const legal = window.__qantar?.rendered?.legal ?? [];
    const op = ['place', 'stabilise', 'destabilise', 'invest', 'diplomacy'].find((o) => legal.some((m) => m.type === o));
    const spaces = new Set(legal.flatMap((m) => (m.type === op && 'space' in m ? [m.space] : [])));
    return {
      legal: [...spaces].sort(),
      lit: [...document.querySelectorAll<HTMLElement>('.space-hit.target')].map((b) => b.dataset.space ?? '').sort(),
    };
  });
  expect(seen.legal.length).toBeGreaterThan(0);
  expect(seen.lit).toEqual(seen.legal);
}

/** The debrief names the winner the game's log ended with (or says it was a draw). */
async function expectWinnerShown(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const log = window.__qantar?.model?.log ?? [];
    const over = log.flatMap((e) => e.events).find((e) => e.kind === 'gameOver');
    return { winner: over?.kind === 'gameOver' ? over.winner : undefined, heading: document.querySelector('.result h2')?.textContent ?? '' };
  });
  expect(seen.winner).not.toBeUndefined();
  const winner = seen.winner as Power | null;
  expect(winner === null || POWERS.includes(winner)).toBe(true);
  expect(seen.heading).toBe(winner ? t('ui.debrief.winner', { power: t(`power.${winner}`) }) : t('ui.debrief.draw'));
}
