// The runner's command line, parsed into a value: a run, a merge, help, or a usage error.
import { BOT_NAMES, type BotName } from '../ai/bot.js';
import { t } from '../i18n/catalogue.js';
import { SCENARIO_IDS } from '../rules/index.js';

export interface RunCommand {
  readonly kind: 'run';
  /** A bundled scenario id or a scenario file path. */
  readonly scenario: string;
  readonly games: number;
  readonly seed: number;
  /** Index of the first game, for sharding a run across machines. */
  readonly firstGame: number;
  readonly bots: readonly [BotName, BotName, BotName];
  readonly rotateSeats: boolean;
  /** Rotate round 1's turn order from game to game (see RunSpec.rotateOrder). */
  readonly rotateOrder: boolean;
  /** true with --agendas; undefined keeps the scenario's option. */
  readonly agendas: boolean | undefined;
  readonly workers: number;
  readonly out: string;
}

export interface MergeCommand {
  readonly kind: 'merge';
  readonly dirs: readonly string[];
  readonly out: string;
}

export type Command = RunCommand | MergeCommand | { readonly kind: 'help' };
export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const LIMITS = {
  games: [1, 100_000_000],
  seed: [0, 0xffffffff],
  firstGame: [0, 0x7fffffff],
  workers: [1, 256],
} as const;

const VALUE_OPTIONS = ['--scenario', '--games', '--seed', '--first-game', '--bots', '--workers', '--out'] as const;
const FLAG_OPTIONS = ['--rotate-seats', '--rotate-order', '--agendas', '--help', '-h'] as const;
const RUN_ONLY = ['--scenario', '--games', '--seed', '--first-game', '--bots', '--workers', '--rotate-seats', '--rotate-order', '--agendas'] as const;

export function usage(): string {
  return t('sim.cli.usage', { bots: BOT_NAMES.join(', '), scenarios: SCENARIO_IDS.join(', ') });
}

class UsageError extends Error {}

function wholeNumber(option: string, value: string, [min, max]: readonly [number, number]): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(t('sim.cli.badNumber', { option, value, min, max }));
  }
  return n;
}

function parseBots(value: string): [BotName, BotName, BotName] {
  const names = value.split(',').map((s) => s.trim());
  const valid = names.length === 3 && names.every((n) => (BOT_NAMES as readonly string[]).includes(n));
  if (!valid) throw new UsageError(t('sim.cli.badBots', { bots: BOT_NAMES.join(', '), value }));
  return names as [BotName, BotName, BotName];
}

/** Parse the arguments after the script name. `defaultWorkers` is used when --workers is absent. */
export function parseArgs(argv: readonly string[], defaultWorkers: number): ParsedArgs {
  try {
    const values = new Map<string, string>();
    const flags = new Set<string>();
    const merge: string[] = [];
    let merging = false;
    for (let i = 0; i < argv.length; i++) {
      const raw = argv[i] as string;
      const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
      const name = eq > 0 ? raw.slice(0, eq) : raw;
      if (name === '--merge') {
        merging = true;
        if (eq > 0) merge.push(raw.slice(eq + 1));
        continue;
      }
      if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
        merging = false;
        const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') throw new UsageError(t('sim.cli.missingValue', { option: name }));
        values.set(name, value);
        continue;
      }
      if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
        merging = false;
        flags.add(name);
        continue;
      }
      if (raw.startsWith('-')) throw new UsageError(t('sim.cli.unknownOption', { option: raw }));
      if (merging) merge.push(raw);
      else throw new UsageError(t('sim.cli.unexpected', { value: raw }));
    }
    if (flags.has('--help') || flags.has('-h')) return { ok: true, command: { kind: 'help' } };
    const out = values.get('--out');
    if (argv.includes('--merge') || argv.some((a) => a.startsWith('--merge='))) {
      const mixed = RUN_ONLY.find((o) => values.has(o) || flags.has(o));
      if (mixed) throw new UsageError(t('sim.cli.mergeWithRunOptions', { option: mixed }));
      if (merge.length === 0) throw new UsageError(t('sim.cli.mergeNeedsDirs'));
      if (!out) throw new UsageError(t('sim.cli.missingOption', { option: '--out' }));
      return { ok: true, command: { kind: 'merge', dirs: merge, out } };
    }
    const scenario = values.get('--scenario');
    if (!scenario) throw new UsageError(t('sim.cli.missingOption', { option: '--scenario' }));
    const bots = values.get('--bots');
    if (!bots) throw new UsageError(t('sim.cli.missingOption', { option: '--bots' }));
    if (!out) throw new UsageError(t('sim.cli.missingOption', { option: '--out' }));
    const number = (option: string, fallback: number, limits: readonly [number, number]): number => {
      const value = values.get(option);
      return value === undefined ? fallback : wholeNumber(option, value, limits);
    };
    return {
      ok: true,
      command: {
        kind: 'run',
        scenario,
        games: number('--games', 100, LIMITS.games),
        seed: number('--seed', 1, LIMITS.seed),
        firstGame: number('--first-game', 0, LIMITS.firstGame),
        bots: parseBots(bots),
        rotateSeats: flags.has('--rotate-seats'),
        rotateOrder: flags.has('--rotate-order'),
        agendas: flags.has('--agendas') ? true : undefined,
        workers: number('--workers', defaultWorkers, LIMITS.workers),
        out,
      },
    };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, message: error.message };
    throw error;
  }
}
