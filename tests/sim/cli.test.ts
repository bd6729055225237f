// The runner end to end, in-process (runCli) and once through `tsx src/sim/cli.ts`: results do not
// depend on the worker count or on sharding, the same arguments give the same bytes, and bad input
// stops before anything is written.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeBot } from '../../src/ai/index.js';
import { parseScenario } from '../../src/rules/index.js';
import { bundledCatalogue, bundledGame } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import { csvToRecords } from '../../src/sim/csv.js';
import { runCli } from '../../src/sim/main.js';
import { playGame } from '../../src/sim/play.js';

const tmp = mkdtempSync(join(tmpdir(), 'qantar-sim-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FILES = ['games.csv', 'summary.json', 'report.html'] as const;
const BASE = ['--scenario', 'classroom', '--seed', '7', '--bots', 'random,random,random'];

async function sim(args: readonly string[], extra: { stop?: AbortSignal; onWrite?: (text: string) => void } = {}): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runCli(args, {
    write: (text) => {
      output += text;
      extra.onWrite?.(text);
    },
    isTTY: false,
    defaultWorkers: 1,
    ...(extra.stop ? { stop: extra.stop } : {}),
  });
  return { code, output };
}

function files(dir: string): string[] {
  return FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
}

function summaryOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Record<string, unknown>;
}

describe('npm run sim', () => {
  it('writes the same summary, games and report with 1 and 2 workers', async () => {
    const one = join(tmp, 'one');
    const two = join(tmp, 'two');
    expect((await sim([...BASE, '--games', '12', '--workers', '1', '--out', one])).code).toBe(0);
    expect((await sim([...BASE, '--games', '12', '--workers', '2', '--out', two])).code).toBe(0);
    expect(files(two)).toEqual(files(one));
    const summary = summaryOf(one);
    expect(summary).toMatchObject({ scenario: 'classroom', games: 12, seed: 7, rotateSeats: false, complete: true, gamesPlanned: 12 });
    const wins = summary.wins as Record<string, number>;
    expect(wins.russia! + wins.turkey! + wins.china! + wins.draw!).toBe(12);
    expect(readFileSync(join(one, 'games.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(13);
    const timing = JSON.parse(readFileSync(join(two, 'timing.json'), 'utf8')) as Record<string, number>;
    expect(timing.workers).toBe(2);
    expect(timing.games).toBe(12);
  });

  it('keeps in each row of games.csv what replays that game', () => {
    const parsed = csvToRecords(readFileSync(join(tmp, 'one', 'games.csv'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const row = parsed.records[5];
    if (!row) throw new Error('no game 5');
    const { index, seed, botSeed, bots, orderShift } = row;
    expect(playGame(bundledGame('classroom'), { index, seed, botSeed, bots, orderShift }, { makeBot })).toEqual(row);
  });

  it('gives the same bytes for the same arguments', async () => {
    const a = join(tmp, 'same-a');
    const b = join(tmp, 'same-b');
    const args = ['--scenario', 'classroom', '--seed', '3', '--bots', 'random,random,random', '--games', '6', '--rotate-seats', '--workers', '1'];
    expect((await sim([...args, '--out', a])).code).toBe(0);
    expect((await sim([...args, '--out', b])).code).toBe(0);
    expect(files(b)).toEqual(files(a));
    expect(readFileSync(join(a, 'report.html'), 'utf8')).toContain('--rotate-seats');
  });

  it('merges two shards into exactly the single run', async () => {
    const whole = join(tmp, 'whole');
    const first = join(tmp, 'shard-0');
    const second = join(tmp, 'shard-5');
    const merged = join(tmp, 'merged');
    expect((await sim([...BASE, '--games', '10', '--out', whole])).code).toBe(0);
    expect((await sim([...BASE, '--first-game', '5', '--games', '5', '--out', second])).code).toBe(0);
    expect((await sim([...BASE, '--first-game', '0', '--games', '5', '--out', first])).code).toBe(0);
    expect(files(second)).not.toEqual(files(first));
    const out = await sim(['--merge', second, first, '--out', merged]);
    expect(out.code).toBe(0);
    expect(files(merged)).toEqual(files(whole));
  });

  it('merges four --shard K/4 runs into exactly the single run, each shard a contiguous block', async () => {
    const args = [...BASE, '--games', '10', '--rotate-seats', '--rotate-order'];
    const whole = join(tmp, 'four-whole');
    expect((await sim([...args, '--out', whole])).code).toBe(0);
    const shards = [3, 1, 0, 2].map((k) => join(tmp, `four-${k}`));
    for (const [i, k] of [3, 1, 0, 2].entries()) expect((await sim([...args, '--shard', `${k}/4`, '--out', shards[i] as string])).code).toBe(0);
    expect(summaryOf(join(tmp, 'four-1'))).toMatchObject({ firstGame: 2, games: 3, gamesPlanned: 3, contiguous: true, complete: true });
    const merged = join(tmp, 'four-merged');
    expect((await sim(['--merge', ...shards, '--out', merged])).code).toBe(0);
    expect(files(merged)).toEqual(files(whole));
  });

  it('reads the shard of --shards N from JOB_COMPLETION_INDEX, and refuses a missing or bad one', async () => {
    const dir = join(tmp, 'env-shard');
    const write = (_text: string): void => {};
    const args = [...BASE, '--games', '10', '--rotate-seats', '--rotate-order', '--shards', '4', '--out', dir];
    expect(await runCli(args, { write, isTTY: false, defaultWorkers: 1, env: { JOB_COMPLETION_INDEX: '2' } })).toBe(0);
    expect(readFileSync(join(dir, 'games.csv'), 'utf8')).toBe(readFileSync(join(tmp, 'four-2', 'games.csv'), 'utf8'));
    for (const env of [{}, { JOB_COMPLETION_INDEX: '4' }, { JOB_COMPLETION_INDEX: 'x' }]) {
      let output = '';
      const code = await runCli([...BASE, '--games', '10', '--shards', '4', '--out', join(tmp, 'never')], {
        write: (text) => (output += text),
        isTTY: false,
        defaultWorkers: 1,
        env,
      });
      expect(code).toBe(2);
      expect(output).toMatch(/^[^\n]*JOB_COMPLETION_INDEX[^\n]*\n$/);
    }
    for (const spec of ['4/4', '1/0', '-1/4', '1/4/2', 'x', '1/']) {
      const out = await sim([...BASE, '--games', '10', '--shard', spec, '--out', join(tmp, 'never')]);
      expect(out.code, spec).toBe(2);
      expect(out.output, spec).toMatch(/^[^\n]*--shard[^\n]*\n$/);
    }
    expect((await sim([...BASE, '--games', '3', '--shard', '0/4', '--out', join(tmp, 'never')])).output).toContain('4 shards cannot split 3 games');
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('rotates round 1 turn order with --rotate-order and sums the places to the decided games', async () => {
    const dir = join(tmp, 'order');
    expect((await sim([...BASE, '--games', '9', '--rotate-seats', '--rotate-order', '--out', dir])).code).toBe(0);
    const summary = summaryOf(dir) as {
      rotateOrder: boolean;
      firstOrder: string[];
      byTurnPlace: { count: number; games: number }[];
      wins: Record<string, number>;
      turnPlaceSpread: number;
    };
    expect(summary.rotateOrder).toBe(true);
    expect(summary.firstOrder).toEqual(bundledScenario('classroom').firstOrder);
    const placed = summary.byTurnPlace.reduce((sum, p) => sum + p.count, 0);
    expect(placed).toBe(9 - (summary.wins.draw ?? 0));
    const parsed = csvToRecords(readFileSync(join(dir, 'games.csv'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.records.map((r) => r.orderShift)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('refuses to merge overlapping games or different runs', async () => {
    const a = join(tmp, 'shard-0');
    const other = join(tmp, 'other-seed');
    expect((await sim(['--scenario', 'classroom', '--seed', '8', '--bots', 'random,random,random', '--first-game', '5', '--games', '2', '--out', other])).code).toBe(0);
    const overlap = await sim(['--merge', a, a, '--out', join(tmp, 'bad-merge')]);
    expect(overlap.code).toBe(2);
    expect(overlap.output).toContain('game 0 is in both');
    const mismatch = await sim(['--merge', a, other, '--out', join(tmp, 'bad-merge')]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.output).toContain('differ in seed');
    const rotated = join(tmp, 'rotated-order');
    expect((await sim([...BASE, '--first-game', '5', '--games', '2', '--rotate-order', '--out', rotated])).code).toBe(0);
    const orderMismatch = await sim(['--merge', a, rotated, '--out', join(tmp, 'bad-merge')]);
    expect(orderMismatch.code).toBe(2);
    expect(orderMismatch.output).toContain('differ in rotateOrder');
    expect(existsSync(join(tmp, 'bad-merge'))).toBe(false);
  });

  it('refuses a corrupt summary.json or a bad games.csv row with one line naming the file and field, exit code 2', async () => {
    const copy = (name: string, change: { summary?: (s: Record<string, unknown>) => void; csv?: (text: string) => string }): string => {
      const dir = join(tmp, name);
      expect(existsSync(join(tmp, 'shard-0', 'summary.json'))).toBe(true);
      mkdirSync(dir, { recursive: true });
      const summary = summaryOf(join(tmp, 'shard-0'));
      change.summary?.(summary);
      writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary));
      const csv = readFileSync(join(tmp, 'shard-0', 'games.csv'), 'utf8');
      writeFileSync(join(dir, 'games.csv'), change.csv ? change.csv(csv) : csv);
      return dir;
    };
    const out = join(tmp, 'never-merged');
    const cases: [string, RegExp][] = [
      [
        copy('corrupt-bots', { summary: (s) => (s.bots = { russia: 'random', turkey: 7, china: 'random' }) }),
        /corrupt-bots\/summary\.json: bots\.turkey: expected one of random, heuristic/,
      ],
      [copy('corrupt-cards', { summary: (s) => ((s.cards as unknown[])[0] = null) }), /corrupt-cards\/summary\.json: cards\[0\]: expected a card entry/],
      [copy('corrupt-root', { summary: (s) => Object.keys(s).forEach((k) => Reflect.deleteProperty(s, k)) }), /corrupt-root\/summary\.json: scenario: expected a text/],
      [
        copy('bad-row', { csv: (text) => text.replace(/\n(3,[^,]*,[^,]*,random,random,random,)0,/, '\n$1two,') }),
        /bad-row\/games\.csv: line 5, column orderShift: expected one of 0, 1, 2, found "two"/,
      ],
      [
        copy('bad-vp', { csv: (text) => text.replace(/\n(1(,[^,]*){10}),[^,]*,/, '\n$1,99999999,') }),
        /bad-vp\/games\.csv: line 3, column vp_russia: expected a whole number from -10000 to 10000/,
      ],
    ];
    for (const [dir, message] of cases) {
      const merged = await sim(['--merge', join(tmp, 'shard-5'), dir, '--out', out]);
      expect(merged.code, dir).toBe(2);
      expect(merged.output, dir).toMatch(message);
      expect(merged.output.split('\n').filter((l) => l !== '')).toHaveLength(1);
    }
    writeFileSync(join(tmp, 'corrupt-root', 'summary.json'), '{"scenario": "classroom", ');
    expect((await sim(['--merge', join(tmp, 'corrupt-root'), '--out', out])).output).toMatch(/corrupt-root\/summary\.json: not valid JSON/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an --out that is a file, with a message and exit code 2, and leaves the file alone', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'keep me');
    const run = await sim([...BASE, '--games', '2', '--out', file]);
    expect(run.code).toBe(2);
    expect(run.output).toContain(`cannot write the results to ${file}`);
    const merged = await sim(['--merge', join(tmp, 'shard-0'), '--out', join(file, 'inside')]);
    expect(merged.code).toBe(2);
    expect(merged.output).toContain('cannot write the results to');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('stops on Ctrl-C and writes the summary of the games finished', async () => {
    const dir = join(tmp, 'stopped');
    const stop = new AbortController();
    const out = await sim([...BASE, '--games', '20', '--out', dir], {
      stop: stop.signal,
      onWrite: (text) => {
        if (text.startsWith('3/20')) stop.abort();
      },
    });
    expect(out.code).toBe(130);
    expect(summaryOf(dir)).toMatchObject({ games: 3, gamesPlanned: 20, complete: false });
  });

  it('fails with the loader message, exit code 2 and no folder for a bad scenario file', async () => {
    const raw = JSON.parse(readFileSync('scenarios/classroom.json', 'utf8')) as Record<string, unknown>;
    raw.startUnrest = 'high';
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(raw));
    const expected = parseScenario('broken.json', raw, bundledCatalogue());
    expect(expected.ok).toBe(false);
    const dir = join(tmp, 'never');
    const out = await sim(['--scenario', file, '--games', '2', '--bots', 'random,random,random', '--out', dir]);
    expect(out.code).toBe(2);
    if (!expected.ok) expect(out.output).toContain(expected.error.message);
    expect(existsSync(dir)).toBe(false);
  });

  it('answers bad arguments with a usage error, exit code 2 and no folder', async () => {
    const dir = join(tmp, 'never');
    for (const args of [
      ['--scenario', 'classroom', '--bots', 'random,genius,random', '--out', dir],
      ['--scenario', 'classroom', '--bots', 'random,random', '--out', dir],
      ['--scenario', 'classroom', '--bots', 'random,random,random', '--games', '0', '--out', dir],
      ['--scenario', 'classroom', '--bots', 'random,random,random', '--seed', 'x', '--out', dir],
      ['--scenario', 'nowhere', '--bots', 'random,random,random', '--out', dir],
      ['--scenario', 'classroom', '--bots', 'random,random,random'],
      ['--scenario', 'classroom', '--bots', 'random,random,random', '--out', dir, '--fast'],
      ['--scenario', 'classroom', '--bots', 'random,random,random', '--out', dir, 'stray'],
      ['--scenario', 'classroom', '--bots', 'random,random,random', '--rotate-seats=yes', '--out', dir],
      ['--scenario', 'classroom', '--bots', 'random,random,random', '--out'],
    ]) {
      const out = await sim(args);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.output, args.join(' ')).toMatch(/^[^\n]+\n$/);
    }
    expect((await sim([...BASE, '--fast', '--out', dir])).output).toBe('unknown option --fast (npm run sim -- --help lists the options)\n');
    expect(existsSync(dir)).toBe(false);
  });

  it('answers --help and -h with the usage and exit code 0', async () => {
    for (const flag of ['--help', '-h']) {
      const out = await sim([flag]);
      expect(out.code).toBe(0);
      expect(out.output).toContain('npm run sim -- --merge <folder>');
    }
  });

  it('runs through tsx on worker threads, as `npm run sim` does', async () => {
    const dir = join(tmp, 'tsx');
    const tsx = join('node_modules', '.bin', 'tsx');
    await promisify(execFile)(tsx, ['src/sim/cli.ts', ...BASE, '--games', '12', '--workers', '2', '--out', dir]);
    expect(files(dir)).toEqual(files(join(tmp, 'one')));
  });
});
