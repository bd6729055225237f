// The browser client's figures, measured on the production build in the npm-shipped headless
// Chromium:
//   mapInteractiveMs  navigation start → the game map drawn and taking input (one human seat)
//   fps               frames per second while the map animates (pulsing targets, markers, floats),
//                     in a three-human game so no bot thinks on the same cores meanwhile
//   bundleGzipKB      every file of the build, gzip-compressed (Phaser included)
//
//   npm run bench:client -- --out bench-client.json
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { t } from '../src/i18n/catalogue.js';
import { HELP_OPTION, countOption, exitWithUsageError, readCommandLine } from '../src/sim/command-line.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Count animation frames for 2.5 s while placing influence (marker pops, floating numbers, pulsing targets). */
const FPS_PROBE = `(async () => {
  let frames = 0;
  let running = true;
  function count() { frames++; if (running) requestAnimationFrame(count); }
  requestAnimationFrame(count);
  const start = performance.now();
  for (let i = 0; i < 3; i++) {
    const target = window.__qantar && window.__qantar.model && window.__qantar.model.board.pending ? document.querySelector('.space-hit.target') : null;
    if (target) target.click();
    await new Promise((r) => setTimeout(r, 600));
  }
  await new Promise((r) => setTimeout(r, Math.max(0, 2500 - (performance.now() - start))));
  running = false;
  return (frames * 1000) / (performance.now() - start);
})()`;

// Read before anything is built or launched, so --help and a bad option answer at once.
const COMMAND = 'npm run bench:client --';
const { values } = readCommandLine(
  { args: process.argv.slice(2), options: { out: { type: 'string' }, runs: { type: 'string' }, ...HELP_OPTION } },
  () => t('sim.usage.benchClient'),
  COMMAND,
);
if (values.out === '') exitWithUsageError(t('sim.cli.missingValue', { option: '--out' }), COMMAND);
const out = values.out;
const runs = countOption('--runs', values.runs, 3, 1, COMMAND);
// Vite, Playwright and Chromium load only once the options are known to be good.
const { ROOT, launch, newPage, serve } = await import('../tests/e2e/browser.js');

const { server, url } = await serve();
const dist = resolve(ROOT, 'dist');
const sizes = files(dist).map((path) => ({ path: path.slice(dist.length + 1), gzip: gzipSync(readFileSync(path), { level: 9 }).length }));
const bundleGzipKB = Math.round(sizes.reduce((n, f) => n + f.gzip, 0) / 102.4) / 10;
const scriptsGzipKB = Math.round(sizes.filter((f) => /\.(js|css|html|json)$/.test(f.path)).reduce((n, f) => n + f.gzip, 0) / 102.4) / 10;

const browser = await launch();
const interactive: number[] = [];
const fpsRuns: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await newPage(browser, 1280, 720);
    await page.goto(`${url}?play=classroom&seed=${run + 1}&seats=hee${process.env.QANTAR_BENCH_QUERY ?? ''}`);
    await page.waitForFunction(() => window.__qantar?.mapInteractiveAt != null, undefined, { timeout: 60_000 });
    interactive.push(await page.evaluate(() => window.__qantar?.mapInteractiveAt ?? NaN));

    await page.context().close();

    // Animate: three humans (no bot thinking on the same cores), the first takes the screen,
    // plays a card for operations and places influence while the frames are counted.
    const hot = await newPage(browser, 1280, 720);
    await hot.goto(`${url}?play=classroom&seed=${run + 1}&seats=hhh${process.env.QANTAR_BENCH_QUERY ?? ''}`);
    await hot.waitForFunction(() => window.__qantar?.model?.handoff != null && window.__qantar.rendered === window.__qantar.model, undefined, { timeout: 60_000 });
    await hot.click('#handoff-ready');
    await hot.waitForFunction(() => (window.__qantar?.model?.legal.length ?? 0) > 0 && window.__qantar?.rendered === window.__qantar?.model);
    await hot.locator('.play-ops:not([disabled])').first().click();
    await hot.waitForFunction(() => Boolean(window.__qantar?.model?.board.pending) && window.__qantar?.rendered === window.__qantar?.model);
    await hot.waitForTimeout(300);
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    const fps = Number(await hot.evaluate(FPS_PROBE));
    await hot.context().close();
    fpsRuns.push(fps);
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const result = {
  mapInteractiveMs: Math.round(median(interactive)),
  fps: Math.round(median(fpsRuns) * 10) / 10,
  bundleGzipKB,
  detail: { runs, interactiveMs: interactive.map(Math.round), fps: fpsRuns.map((f) => Math.round(f * 10) / 10), scriptsGzipKB, files: sizes.sort((a, b) => b.gzip - a.gzip) },
};
console.log(JSON.stringify({ mapInteractiveMs: result.mapInteractiveMs, fps: result.fps, bundleGzipKB: result.bundleGzipKB, scriptsGzipKB }, null, 1));
if (out) writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
