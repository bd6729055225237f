// Every command of package.json that takes options, started as npm starts it: --help (and -h) prints
// its usage and exit 0, and an unknown option gets one line on stderr and exit code 2, before any of
// the command's work starts (no table, no build, no file written).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue.js';
import { POWERS } from '../../src/rules/index.js';
import { SCENARIO_IDS } from '../../src/rules/index.js';
import { usage as simUsage } from '../../src/sim/args.js';

const tmp = mkdtempSync(join(tmpdir(), 'qantar-commands-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SCRIPTS = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Case {
  readonly script: string;
  readonly usage: string;
  /** Where the usage goes: the runner writes all its messages to stderr, the scripts print it. */
  readonly usageOn: 'stdout' | 'stderr';
  /** Options that would make the command write a file, to show that it did not. */
  readonly writes: readonly string[];
}

const CASES: readonly Case[] = [
  { script: 'sim', usage: simUsage(), usageOn: 'stderr', writes: ['--out', join(tmp, 'sim')] },
  { script: 'bench', usage: t('sim.usage.bench'), usageOn: 'stdout', writes: ['--out', join(tmp, 'bench.json')] },
  { script: 'bench:client', usage: t('sim.usage.benchClient'), usageOn: 'stdout', writes: ['--out', join(tmp, 'bench-client.json')] },
  { script: 'map', usage: t('sim.usage.map'), usageOn: 'stdout', writes: ['--out', join(tmp, 'map.json')] },
  { script: 'seat-trial', usage: t('sim.usage.seatTrial', { powers: POWERS.join(', '), scenarios: SCENARIO_IDS.join(', ') }), usageOn: 'stdout', writes: [] },
];

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `npm run <script> -- <args>` without npm: the script's own command, tsx from node_modules/.bin. */
function run(script: string, args: readonly string[]): Promise<Outcome> {
  const [tool, ...rest] = (SCRIPTS[script] ?? '').split(' ');
  expect(tool).toBe('tsx');
  return new Promise((resolve) => {
    execFile(join('node_modules', '.bin', 'tsx'), [...rest, ...args], (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('every command line', () => {
  it('answers --help and -h with its usage, exit code 0, and does nothing else', async () => {
    // -h is parseArgs' short alias of the same option (HELP_OPTION), so once is enough to show it is wired.
    const flags = (c: Case): string[] => (c.script === 'map' ? ['--help', '-h'] : ['--help']);
    const outcomes = await Promise.all(CASES.flatMap((c) => flags(c).map(async (flag) => ({ c, flag, outcome: await run(c.script, [flag, ...c.writes]) }))));
    for (const { c, flag, outcome } of outcomes) {
      const label = `${c.script} ${flag}`;
      expect(outcome.code, label).toBe(0);
      expect(outcome[c.usageOn], label).toBe(`${c.usage}\n`);
      expect(outcome[c.usageOn === 'stdout' ? 'stderr' : 'stdout'], label).toBe('');
      expect(c.usage, label).toMatch(new RegExp(`^Usage:\\n  npm run ${c.script} -- `));
    }
  });

  it('answers an unknown option with one line on stderr and exit code 2, before any work', async () => {
    const outcomes = await Promise.all(CASES.map(async (c) => ({ c, outcome: await run(c.script, [...c.writes, '--no-such-option']) })));
    for (const { c, outcome } of outcomes) {
      expect(outcome.code, c.script).toBe(2);
      expect(outcome.stderr, c.script).toBe(`unknown option --no-such-option (npm run ${c.script} -- --help lists the options)\n`);
      expect(outcome.stdout, c.script).toBe('');
    }
    for (const c of CASES) if (c.writes.length > 0) expect(existsSync(c.writes[1] as string), c.script).toBe(false);
  });
});
