// The runner as separate processes, started the way the container image starts it (node with tsx
// as a loader, see Dockerfile) and the way an Indexed Job's pods run it: each process plays one
// shard, told which by JOB_COMPLETION_INDEX, and the merge of their folders is the single run.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'qantar-processes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The image's entrypoint, from the repository root. */
const RUNNER = ['--import', 'tsx', 'src/sim/cli.ts'];
const RUN = ['--scenario', 'classroom', '--seed', '11', '--bots', 'random,heuristic,random', '--games', '14', '--rotate-seats', '--rotate-order', '--workers', '1'];
const SHARDS = 4;

function runner(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [...RUNNER, ...args], { env: { ...process.env, ...env } });
}

function bytes(dir: string): { summary: string; games: string } {
  return { summary: readFileSync(join(dir, 'summary.json'), 'utf8'), games: readFileSync(join(dir, 'games.csv'), 'utf8') };
}

describe('the runner as separate processes', () => {
  it('plays one shard per process from JOB_COMPLETION_INDEX, and their merge is byte for byte the single run', async () => {
    const single = join(tmp, 'single');
    const shards = Array.from({ length: SHARDS }, (_, k) => join(tmp, `shard-${k}`));
    await Promise.all([
      runner([...RUN, '--out', single]),
      ...shards.map((dir, k) => runner([...RUN, '--shards', String(SHARDS), '--out', dir], { JOB_COMPLETION_INDEX: String(k) })),
    ]);
    const played = shards.map((dir) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { firstGame: number; games: number });
    expect(played.map((s) => [s.firstGame, s.games])).toEqual([
      [0, 3],
      [3, 4],
      [7, 3],
      [10, 4],
    ]);
    const merged = join(tmp, 'merged');
    await runner(['--merge', ...shards, '--out', merged]);
    expect(bytes(merged)).toEqual(bytes(single));
    expect(readFileSync(join(merged, 'report.html'), 'utf8')).toBe(readFileSync(join(single, 'report.html'), 'utf8'));
  });

  it('stops on SIGTERM, as Kubernetes stops a pod, and writes the games it finished', async () => {
    const dir = join(tmp, 'terminated');
    const child = spawn(process.execPath, [...RUNNER, '--scenario', 'classroom', '--bots', 'random,random,random', '--games', '100000', '--workers', '1', '--out', dir]);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
      // The first progress line: at least one game has finished.
      if (/\n1\/100000 games/.test(stderr)) child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(130);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { games: number; gamesPlanned: number; complete: boolean };
    expect(summary.complete).toBe(false);
    expect(summary.gamesPlanned).toBe(100000);
    expect(summary.games).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'games.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(summary.games + 1);
  });
});
