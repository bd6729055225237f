// The pool around the games: a worker that cannot start fails the run instead of hanging it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledScenario } from '../support/kernel.js';
import { planGame } from '../../src/sim/play.js';
import { defaultBatchSize, playMany } from '../../src/sim/run.js';

const tmp = mkdtempSync(join(tmpdir(), 'qantar-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('playMany', () => {
  const scenario = bundledScenario('classroom');
  const plans = [0, 1, 2, 3].map((i) => planGame({ seed: 2, bots: ['random', 'random', 'random'], rotateSeats: false, rotateOrder: false }, i));

  it('fails the run when a worker cannot load', async () => {
    const entry = join(tmp, 'broken-entry.mjs');
    writeFileSync(entry, "throw new Error('cannot load the worker');\n");
    await expect(playMany(scenario, plans, { workers: 2, workerEntry: pathToFileURL(entry).href })).rejects.toThrow(/cannot load the worker/);
  });

  it('fails the run, not the process, when more workers fail while the pool shuts down', async () => {
    // Regression: the first failure shuts the pool down while the other workers are still failing
    // to load; tinypool then threw an uncaught TypeError (removeListener) in about one run in ten.
    const entry = join(tmp, 'broken-entry-many.mjs');
    writeFileSync(entry, "throw new Error('cannot load the worker');\n");
    const many = [...plans, ...plans.map((p) => ({ ...p, index: p.index + 4 }))];
    for (let attempt = 0; attempt < 8; attempt++) {
      await expect(playMany(scenario, many, { workers: 4, workerEntry: pathToFileURL(entry).href })).rejects.toThrow(/cannot load the worker/);
    }
  });

  it('fails the run when a game throws in a worker', async () => {
    const entry = join(tmp, 'throwing-entry.mjs');
    writeFileSync(entry, "export default function () { throw new Error('bot bug'); }\n");
    await expect(playMany(scenario, plans, { workers: 2, workerEntry: pathToFileURL(entry).href })).rejects.toThrow(/bot bug/);
  });

  it('sizes batches to keep every worker busy, at most 10 games each', () => {
    expect(defaultBatchSize(6, 2)).toBe(1);
    expect(defaultBatchSize(100, 2)).toBe(7);
    expect(defaultBatchSize(100_000, 2)).toBe(10);
  });
});
