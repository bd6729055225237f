// Refreshes the README's picture, docs/screenshot.png: builds the game, serves it, drives the
// npm-shipped headless Chromium to the scene in tests/e2e/readme-scene.ts and writes the picture.
// Not part of `npm test` (tests draw only under the git-ignored tests/artifacts/).
//
//   npm run screenshots
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, newPage, ROOT, serve } from '../tests/e2e/browser.js';
import { README_VIEWPORT, showReadmeScene } from '../tests/e2e/readme-scene.js';

const out = resolve(ROOT, 'docs/screenshot.png');
const { server, url } = await serve();
const browser = await launch();
try {
  const page = await newPage(browser, README_VIEWPORT.width, README_VIEWPORT.height, 'reduce');
  await showReadmeScene(page, url);
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
