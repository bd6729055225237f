// The runner's command line, parsed into a value: a run, a merge, help, or a usage error. The
// options are read by node's parseArgs (strictly, through command-line.ts); this module gives them
// their meaning and checks their values.
import { BOT_NAMES, type BotName } from '../ai/bot.js';
import { t } from '../i18n/catalogue.js';
import { SCENARIO_IDS } from '../rules/scenarios.js';
import { HELP_OPTION, parseCommandLine } from './command-line.js';

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

const OPTIONS = {
  scenario: { type: 'string' },
  games: { type: 'string' },
  seed: { type: 'string' },
  'first-game': { type: 'string' },
  bots: { type: 'string' },
  workers: { type: 'string' },
  out: { type: 'string' },
  'rotate-seats': { type: 'boolean' },
  'rotate-order': { type: 'boolean' },
  agendas: { type: 'boolean' },
  merge: { type: 'boolean' },
  ...HELP_OPTION,
} as const;
type OptionName = keyof typeof OPTIONS;

const RUN_ONLY: readonly OptionName[] = ['scenario', 'games', 'seed', 'first-game', 'bots', 'workers', 'rotate-seats', 'rotate-order', 'agendas'];

export function usage(): string {
  return t('sim.cli.usage', { bots: BOT_NAMES.join(', '), scenarios: SCENARIO_IDS.join(', ')});
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
  const read = parseCommandLine({ args: [...argv], options: OPTIONS, allowPositionals: true });
  if (!read.ok) return read;
  const { values, positionals } = read.parsed;
  try {
    for (const [name, value] of Object.entries(values)) {
      if (value === '') throw new UsageError(t('sim.cli.missingValue', { option: `--${name}` }));
    }
    if (values.help) return { ok: true, command: { kind: 'help' } };
    const { out } = values;
    if (values.merge) {
      const mixed = RUN_ONLY.find((o) => values[o] !== undefined);
      if (mixed) throw new UsageError(t('sim.cli.mergeWithRunOptions', { option: `--${mixed}` }));
      if (positionals.length === 0) throw new UsageError(t('sim.cli.mergeNeedsDirs'));
      if (!out) throw new UsageError(t('sim.cli.missingOption', { option: '--out' }));
      return { ok: true, command: { kind: 'merge', dirs: positionals, out } };
    }
    const [stray] = positionals;
    if (stray !== undefined) throw new UsageError(t('sim.cli.unexpected', { value: stray }));
    const { scenario, bots } = values;
    if (!scenario) throw new UsageError(t('sim.cli.missingOption', { option: '--scenario' }));
    if (!bots) throw new UsageError(t('sim.cli.missingOption', { option: '--bots' }));
    if (!out) throw new UsageError(t('sim.cli.missingOption', { option: '--out' }));
    const number = (option: 'games' | 'seed' | 'first-game' | 'workers', fallback: number, limits: readonly [number, number]): number => {
      const value = values[option];
      return value === undefined ? fallback : wholeNumber(`--${option}`, value, limits);
    };
    return {
      ok: true,
      command: {
        kind: 'run',
        scenario,
        games: number('games', 100, LIMITS.games),
        seed: number('seed', 1, LIMITS.seed),
        firstGame: number('first-game', 0, LIMITS.firstGame),
        bots: parseBots(bots),
        rotateSeats: values['rotate-seats'] === true,
        rotateOrder: values['rotate-order'] === true,
        agendas: values.agendas === true ? true : undefined,
        workers: number('workers', defaultWorkers, LIMITS.workers),
        out,
      },
    };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, message: error.message };
    throw error;
  }
}
