// The runner's command line, parsed into a value: a run, a merge, help, or a usage error. The
// options are read by node's parseArgs (strictly, through command-line.ts); this module gives them
// their meaning and checks their values.
import { BOT_NAMES, type BotName } from '../ai/bot.js';
import { t } from '../i18n/catalogue.js';
import { SCENARIO_IDS } from '../rules/index.js';
import { HELP_OPTION, parseCommandLine } from './command-line.js';
import { SHARD_INDEX_ENV, shardRange, type Shard } from './shard.js';

export interface RunCommand {
  readonly kind: 'run';
  /** A bundled scenario id or a scenario file path. */
  readonly scenario: string;
  /** Games this process plays: all of --games, or its shard's share. */
  readonly games: number;
  readonly seed: number;
  /** Index of the first game this process plays (--first-game, moved on to its shard's block). */
  readonly firstGame: number;
  /** The shard this process plays (--shard or --shards), or null for the whole run. */
  readonly shard: Shard | null;
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

/** What the command line is read against besides its arguments. */
export interface ArgsContext {
  /** Used when --workers is absent. */
  readonly defaultWorkers: number;
  /** The environment; --shards reads its shard's index from SHARD_INDEX_ENV. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const LIMITS = {
  games: [1, 100_000_000],
  seed: [0, 0xffffffff],
  firstGame: [0, 0x7fffffff],
  workers: [1, 256],
  // Kubernetes' own ceiling for an Indexed Job's completions; it also keeps index × games exact.
  shards: [1, 100_000],
} as const;

const OPTIONS = {
  scenario: { type: 'string' },
  games: { type: 'string' },
  seed: { type: 'string' },
  'first-game': { type: 'string' },
  bots: { type: 'string' },
  workers: { type: 'string' },
  out: { type: 'string' },
  shard: { type: 'string' },
  shards: { type: 'string' },
  'rotate-seats': { type: 'boolean' },
  'rotate-order': { type: 'boolean' },
  agendas: { type: 'boolean' },
  merge: { type: 'boolean' },
  ...HELP_OPTION,
} as const;
type OptionName = keyof typeof OPTIONS;

const RUN_ONLY: readonly OptionName[] = ['scenario', 'games', 'seed', 'first-game', 'bots', 'workers', 'shard', 'shards', 'rotate-seats', 'rotate-order', 'agendas'];

export function usage(): string {
  return t('sim.cli.usage', { bots: BOT_NAMES.join(', '), scenarios: SCENARIO_IDS.join(', '), env: SHARD_INDEX_ENV });
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

/** The shard of `--shard K/N`, or of `--shards N` with K from the environment; null for neither. */
function parseShard(spec: string | undefined, count: string | undefined, env: ArgsContext['env']): Shard | null {
  if (spec !== undefined && count !== undefined) throw new UsageError(t('sim.cli.exclusive', { a: '--shard', b: '--shards' }));
  if (spec !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(spec);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    const [min, max] = LIMITS.shards;
    if (!match || !Number.isSafeInteger(total) || total < min || total > max || index >= total) {
      throw new UsageError(t('sim.cli.badShard', { value: spec, max }));
    }
    return { index, count: total };
  }
  if (count === undefined) return null;
  const total = wholeNumber('--shards', count, LIMITS.shards);
  const raw = env[SHARD_INDEX_ENV];
  if (raw === undefined || raw === '') throw new UsageError(t('sim.cli.shardIndexMissing', { env: SHARD_INDEX_ENV }));
  const index = Number(raw);
  if (!/^\d+$/.test(raw) || index >= total) throw new UsageError(t('sim.cli.badShardIndex', { env: SHARD_INDEX_ENV, value: raw, max: total - 1, count: total }));
  return { index, count: total };
}

/** Parse the arguments after the script name. */
export function parseArgs(argv: readonly string[], context: ArgsContext): ParsedArgs {
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
    const run = { firstGame: number('first-game', 0, LIMITS.firstGame), games: number('games', 100, LIMITS.games) };
    const shard = parseShard(values.shard, values.shards, context.env);
    if (shard && shard.count > run.games) throw new UsageError(t('sim.cli.tooManyShards', { count: shard.count, games: run.games }));
    const mine = shard ? shardRange(run, shard) : run;
    return {
      ok: true,
      command: {
        kind: 'run',
        scenario,
        games: mine.games,
        seed: number('seed', 1, LIMITS.seed),
        firstGame: mine.firstGame,
        shard,
        bots: parseBots(bots),
        rotateSeats: values['rotate-seats'] === true,
        rotateOrder: values['rotate-order'] === true,
        agendas: values.agendas === true ? true : undefined,
        workers: number('workers', context.defaultWorkers, LIMITS.workers),
        out,
      },
    };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, message: error.message };
    throw error;
  }
}
