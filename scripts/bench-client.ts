// The browser client's figures, measured on the production build in the npm-shipped headless
// Chromium, once at the machine's own speed and once with the CPU throttled (Chromium's
// Emulation.setCPUThrottlingRate over CDP, 4× by default: an old projector laptop or a cheap
// Chromebook), side by side with their ratio:
//   mapInteractiveMs  navigation start → the game map drawn and taking input (one human seat);
//                     issue 11's target: within 3 s throttled
//   fps               frames per second while a move animates (placing influence: marker pops,
//                     floating numbers, pulsing targets), in a three-human game so no bot thinks on
//                     the same cores meanwhile; target: at least 30 throttled
//   botThinking       three hard bots at their normal pace: while one thinks, a key is pressed every
//                     100 ms and each press's input delay (event → its handler) and its time to the
//                     next frame are taken; the main thread's long tasks meanwhile, and whether the
//                     bot worker's script was loaded, show the bots think in the worker, not the page
//   bundleGzipKB      every file of the build, gzip-compressed (Phaser included)
// Figures only: nothing here passes or fails on time (the targets are printed beside them).
//
//   npm run bench:client -- --out bench-client.json [--runs 3] [--throttle 4]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { t } from '../src/i18n/catalogue.js';
import { HELP_OPTION, countOption, exitWithUsageError, readCommandLine } from '../src/sim/command-line.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Count animation frames for 2.5 s while placing influence (marker pops, floating numbers, pulsing
 * targets); also the longest gap between two frames and the main thread's long tasks meanwhile, to
 * tell a page busy in its own code from frames held up elsewhere (compositing, software WebGL).
 */
const FPS_PROBE = `(async () => {
  let frames = 0;
  let running = true;
  let last = performance.now();
  let worstGap = 0;
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  function count(at) { frames++; worstGap = Math.max(worstGap, at - last); last = at; if (running) requestAnimationFrame(count); }
  requestAnimationFrame(count);
  const start = performance.now();
  for (let i = 0; i < 3; i++) {
    const target = window.__qantar && window.__qantar.model && window.__qantar.model.board.pending ? document.querySelector('.space-hit.target') : null;
    if (target) target.click();
    await new Promise((r) => setTimeout(r, 600));
  }
  await new Promise((r) => setTimeout(r, Math.max(0, 2500 - (performance.now() - start))));
  running = false;
  observer.disconnect();
  // A frame still awaited at the end is the longest gap of all when the frames stopped coming.
  worstGap = Math.max(worstGap, performance.now() - last);
  return JSON.stringify({ fps: (frames * 1000) / (performance.now() - start), worstGap, longTaskMs: longTasks.reduce((a, b) => a + b, 0) });
})()`;

interface Frames {
  readonly fps: number;
  readonly worstGap: number;
  readonly longTaskMs: number;
}

/**
 * Listen for key presses and long tasks: each press records whether a bot was thinking, its input
 * delay (handler start − the event's timestamp) and its time to the next animation frame.
 */
const INPUT_PROBE = `(() => {
  window.__bench = { presses: [], longTasks: [] };
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Shift') return;
    const start = performance.now();
    const thinking = Boolean(window.__qantar && window.__qantar.model && window.__qantar.model.thinking);
    requestAnimationFrame(() => window.__bench.presses.push({ thinking, delay: start - e.timeStamp, frame: performance.now() - e.timeStamp }));
  }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})()`;

interface Press {
  readonly thinking: boolean;
  readonly delay: number;
  readonly frame: number;
}

interface BenchWindow {
  __bench?: { presses: Press[]; longTasks: { at: number; ms: number }[] };
}

// Read before anything is built or launched, so --help and a bad option answer at once.
const COMMAND = 'npm run bench:client --';
const { values } = readCommandLine(
  { args: process.argv.slice(2), options: { out: { type: 'string' }, runs: { type: 'string' }, throttle: { type: 'string' }, ...HELP_OPTION } },
  () => t('sim.usage.benchClient'),
  COMMAND,
);
if (values.out === '') exitWithUsageError(t('sim.cli.missingValue', { option: '--out' }), COMMAND);
const out = values.out;
const runs = countOption('--runs', values.runs, 3, 1, COMMAND);
const throttle = countOption('--throttle', values.throttle, 4, 2, COMMAND);
// Vite, Playwright and Chromium load only once the options are known to be good.
const { ROOT, launch, newPage, serve } = await import('../tests/e2e/browser.js');

const { server, url } = await serve();
const dist = resolve(ROOT, 'dist');
const sizes = files(dist).map((path) => ({ path: path.slice(dist.length + 1), gzip: gzipSync(readFileSync(path), { level: 9 }).length }));
const bundleGzipKB = Math.round(sizes.reduce((n, f) => n + f.gzip, 0) / 102.4) / 10;
const scriptsGzipKB = Math.round(sizes.filter((f) => /\.(js|css|html|json)$/.test(f.path)).reduce((n, f) => n + f.gzip, 0) / 102.4) / 10;
const query = process.env.QANTAR_BENCH_QUERY ?? '';

/** A fresh page whose CPU runs `rate` times slower (1: the machine's own speed). Set before the first navigation, it holds for the page's life. */
async function pageAt(browser: Browser, rate: number): Promise<Page> {
  const page = await newPage(browser, 1280, 720);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

async function interactiveMs(browser: Browser, rate: number, seed: number): Promise<number> {
  const page = await pageAt(browser, rate);
  try {
    await page.goto(`${url}?play=classroom&seed=${seed}&seats=hee${query}`);
    await page.waitForFunction(() => window.__qantar?.mapInteractiveAt != null, undefined, { timeout: 120_000 });
    return await page.evaluate(() => window.__qantar?.mapInteractiveAt ?? NaN);
  } finally {
    await page.context().close();
  }
}

async function moveFps(browser: Browser, rate: number, seed: number): Promise<Frames> {
  // Three humans (no bot thinking on the same cores): the first takes the screen, plays a card
  // for operations and places influence while the frames are counted.
  const hot = await pageAt(browser, rate);
  try {
    await hot.goto(`${url}?play=classroom&seed=${seed}&seats=hhh${query}`);
    await hot.waitForFunction(() => window.__qantar?.model?.handoff != null && window.__qantar.rendered === window.__qantar.model, undefined, { timeout: 120_000 });
    await hot.click('#handoff-ready');
    await hot.waitForFunction(() => (window.__qantar?.model?.legal.length ?? 0) > 0 && window.__qantar?.rendered === window.__qantar?.model, undefined, { timeout: 60_000 });
    await hot.locator('.play-ops:not([disabled])').first().click();
    await hot.waitForFunction(() => Boolean(window.__qantar?.model?.board.pending) && window.__qantar?.rendered === window.__qantar?.model, undefined, { timeout: 60_000 });
    await hot.waitForTimeout(300);
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    return JSON.parse(String(await hot.evaluate(FPS_PROBE))) as Frames;
  } finally {
    await hot.context().close();
  }
}

interface Thinking {
  readonly presses: number;
  readonly inputDelayMs: number;
  readonly inputDelayMaxMs: number;
  readonly toNextFrameMs: number;
  readonly toNextFrameMaxMs: number;
  readonly longestMainThreadTaskMs: number;
  readonly workerLoaded: boolean;
}

async function whileBotsThink(browser: Browser, rate: number, seed: number): Promise<Thinking> {
  const page = await pageAt(browser, rate);
  try {
    await page.addInitScript(INPUT_PROBE);
    await page.goto(`${url}?play=classroom&seed=${seed}&seats=ddd${query}`);
    await page.waitForFunction(() => window.__qantar?.model?.thinking != null, undefined, { timeout: 120_000 });
    const from = await page.evaluate(() => performance.now());
    // Press for 6 s (a few of the hard bots' moves and the pauses between them), then keep the presses made while one thought.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(100);
    }
    const seen = await page.evaluate((since) => {
      const bench = (window as BenchWindow).__bench;
      return {
        presses: bench?.presses ?? [],
        // Loading's long tasks (parsing Phaser) are not the bots': only those since the bots began.
        longest: Math.max(0, ...(bench?.longTasks ?? []).filter((l) => l.at >= since).map((l) => l.ms)),
        worker: performance.getEntriesByType('resource').some((e) => /bot-worker-.*\.js$/.test(e.name)),
      };
    }, from);
    const during = seen.presses.filter((p) => p.thinking);
    return {
      presses: during.length,
      inputDelayMs: round(median(during.map((p) => p.delay))),
      inputDelayMaxMs: round(Math.max(0, ...during.map((p) => p.delay))),
      toNextFrameMs: round(median(during.map((p) => p.frame))),
      toNextFrameMaxMs: round(Math.max(0, ...during.map((p) => p.frame))),
      longestMainThreadTaskMs: round(seen.longest),
      workerLoaded: seen.worker,
    };
  } finally {
    await page.context().close();
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function round(x: number, places = 1): number {
  const k = 10 ** places;
  return Math.round(x * k) / k;
}

interface Condition {
  readonly cpuSlowdown: number;
  readonly mapInteractiveMs: number;
  readonly fps: number;
  readonly botThinking: Thinking;
  readonly detail: { readonly interactiveMs: number[]; readonly fps: number[]; readonly worstFrameGapMs: number[]; readonly mainThreadLongTaskMs: number[] };
}

async function measure(browser: Browser, rate: number): Promise<Condition> {
  const interactive: number[] = [];
  const frames: Frames[] = [];
  for (let run = 0; run < runs; run++) {
    interactive.push(await interactiveMs(browser, rate, run + 1));
    frames.push(await moveFps(browser, rate, run + 1));
  }
  return {
    cpuSlowdown: rate,
    mapInteractiveMs: Math.round(median(interactive)),
    fps: round(median(frames.map((f) => f.fps))),
    botThinking: await whileBotsThink(browser, rate, 1),
    detail: {
      interactiveMs: interactive.map(Math.round),
      fps: frames.map((f) => round(f.fps)),
      worstFrameGapMs: frames.map((f) => Math.round(f.worstGap)),
      mainThreadLongTaskMs: frames.map((f) => Math.round(f.longTaskMs)),
    },
  };
}

// Other work on the machine slows the frames more than anything here (Chromium draws WebGL in
// software on a machine without a GPU): the load is recorded beside the figures.
const loadBefore = loadavg();
const browser = await launch();
let plain: Condition;
let slow: Condition;
try {
  plain = await measure(browser, 1);
  slow = await measure(browser, throttle);
} finally {
  await browser.close();
  await server.close();
}

const result = {
  // The machine's own speed first (the figures this bench always reported), then throttled.
  mapInteractiveMs: plain.mapInteractiveMs,
  fps: plain.fps,
  bundleGzipKB,
  unthrottled: plain,
  throttled: slow,
  ratio: {
    mapInteractive: round(slow.mapInteractiveMs / plain.mapInteractiveMs, 2),
    fps: round(slow.fps / plain.fps, 2),
    inputDelayWhileThinking: round(slow.botThinking.inputDelayMs / Math.max(0.1, plain.botThinking.inputDelayMs), 2),
  },
  targets: { throttledMapInteractiveMs: 3000, throttledFps: 30, met: { mapInteractive: slow.mapInteractiveMs <= 3000, fps: slow.fps >= 30 } },
  machine: { cores: availableParallelism(), loadAverage1mBefore: round(loadBefore[0] ?? NaN, 2), loadAverage1mAfter: round(loadavg()[0] ?? NaN, 2) },
  detail: { runs, scriptsGzipKB, files: sizes.sort((a, b) => b.gzip - a.gzip) },
};
const side = (label: string, a: number | boolean, b: number | boolean): string => `  ${label.padEnd(34)} ${String(a).padStart(8)}  ${String(b).padStart(8)}`;
console.log(
  [
    `${''.padEnd(36)}${'1×'.padStart(8)}  ${`${throttle}×`.padStart(8)}`,
    side('map interactive (ms, target ≤3000)', plain.mapInteractiveMs, slow.mapInteractiveMs),
    side('fps during a move (target ≥30)', plain.fps, slow.fps),
    side('input delay, bot thinking (ms)', plain.botThinking.inputDelayMs, slow.botThinking.inputDelayMs),
    side('  worst (ms)', plain.botThinking.inputDelayMaxMs, slow.botThinking.inputDelayMaxMs),
    side('input to next frame (ms)', plain.botThinking.toNextFrameMs, slow.botThinking.toNextFrameMs),
    side('  worst (ms)', plain.botThinking.toNextFrameMaxMs, slow.botThinking.toNextFrameMaxMs),
    side('longest main-thread task, bots (ms)', plain.botThinking.longestMainThreadTaskMs, slow.botThinking.longestMainThreadTaskMs),
    side('presses while a bot thought', plain.botThinking.presses, slow.botThinking.presses),
    side('bots in the worker', plain.botThinking.workerLoaded, slow.botThinking.workerLoaded),
    side('worst frame gap in a move (ms)', Math.max(...plain.detail.worstFrameGapMs), Math.max(...slow.detail.worstFrameGapMs)),
    side('main-thread long tasks, move (ms)', median(plain.detail.mainThreadLongTaskMs), median(slow.detail.mainThreadLongTaskMs)),
    `  bundle ${bundleGzipKB} KB gzip (scripts, styles, map ${scriptsGzipKB} KB)`,
    `  machine: ${result.machine.cores} cores, load average ${result.machine.loadAverage1mBefore} before, ${result.machine.loadAverage1mAfter} after`,
  ].join('\n'),
);
if (out) writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
