// The runner's command, as a function of its arguments and a few hooks (so tests run it in-process):
// parse, validate everything before touching the output folder, play, write. Returns the exit code:
// 0 done, 1 a game failed, 2 bad usage or input, 130 stopped by Ctrl-C (the partial summary is written).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeBot } from '../ai/index.js';
import { t } from '../i18n/catalogue.js';
import { parseArgs, usage, type MergeCommand, type RunCommand } from './args.js';
import type { RunMeta } from './aggregate.js';
import { usageErrorLine } from './command-line.js';
import { mergeParts, type RunPart } from './merge.js';
import { makeOutDir, readRun, writeRun } from './output.js';
import { planGame } from './play.js';
import { defaultBatchSize, playMany } from './run.js';
import { loadScenarioArg } from './scenario-source.js';

export interface CliIo {
  /** Where messages and progress go (stderr). */
  readonly write: (text: string) => void;
  /** Whether `write` goes to a terminal: a redrawn progress bar instead of lines every 5%. */
  readonly isTTY: boolean;
  readonly defaultWorkers: number;
  /** Ctrl-C once: start no new game. */
  readonly stop?: AbortSignal;
  /** Ctrl-C twice: drop the games under way. */
  readonly abandon?: AbortSignal;
  /** A clock for progress and timing.json only; never used for anything a game depends on. */
  readonly now?: () => number;
  /** The environment, read only by --shards (for its shard's index); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** How the usage error line tells the user to ask for the options. */
const HELP_COMMAND = 'npm run sim --';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { defaultWorkers: io.defaultWorkers, env: io.env ?? {} });
  if (!parsed.ok) {
    io.write(`${usageErrorLine(parsed.message, HELP_COMMAND)}\n`);
    return 2;
  }
  const { command } = parsed;
  if (command.kind === 'help') {
    io.write(`${usage()}\n`);
    return 0;
  }
  return command.kind === 'merge' ? merge(command, io) : run(command, io);
}

function merge(command: MergeCommand, io: CliIo): number {
  const parts: RunPart[] = [];
  for (const dir of command.dirs) {
    const read = readRun(dir);
    if (!read.ok) {
      io.write(`${read.message}\n`);
      return 2;
    }
    parts.push(read.part);
  }
  const merged = mergeParts(parts);
  if (!merged.ok) {
    io.write(`${merged.message}\n`);
    return 2;
  }
  const out = makeOutDir(command.out);
  if (!out.ok) {
    io.write(`${out.message}\n`);
    return 2;
  }
  writeRun(command.out, merged.meta, merged.records);
  io.write(`${t('sim.cli.merged', { games: merged.records.length, parts: parts.length, dir: command.out })}\n`);
  return 0;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const min = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}h${two(min)}m` : min > 0 ? `${min}m${two(sec)}s` : `${sec}s`;
}

async function run(command: RunCommand, io: CliIo): Promise<number> {
  // Everything is checked before the output folder is created.
  const source = loadScenarioArg(command.scenario);
  if (!source.ok) {
    io.write(`${source.message}\n`);
    return 2;
  }
  const { game } = source;
  for (const name of new Set(command.bots)) {
    try {
      makeBot(name, game);
    } catch (error) {
      io.write(`${usageErrorLine(error instanceof Error ? error.message : String(error), HELP_COMMAND)}\n`);
      return 2;
    }
  }
  const { scenario } = game;
  const spec = { seed: command.seed, bots: command.bots, rotateSeats: command.rotateSeats, rotateOrder: command.rotateOrder };
  const plans = Array.from({ length: command.games }, (_, i) => planGame(spec, command.firstGame + i));
  const meta: RunMeta = {
    scenario: scenario.id,
    scenarioSource: command.scenario,
    scenarioHash: game.hash,
    scenarioRounds: scenario.rounds.length,
    seed: command.seed,
    bots: { russia: command.bots[0], turkey: command.bots[1], china: command.bots[2] },
    rotateSeats: command.rotateSeats,
    rotateOrder: command.rotateOrder,
    firstOrder: [...scenario.firstOrder],
    agendas: command.agendas ?? scenario.options.agendas,
    cards: [...new Set(scenario.deck)].sort(),
    gamesPlanned: command.games,
    complete: true,
  };
  const out = makeOutDir(command.out);
  if (!out.ok) {
    io.write(`${out.message}\n`);
    return 2;
  }

  const now = io.now ?? ((): number => performance.now());
  const started = now();
  const workers = Math.min(command.workers, command.games);
  const running = command.shard
    ? t('sim.cli.runningShard', {
        count: command.games,
        scenario: scenario.id,
        workers,
        shard: command.shard.index,
        shards: command.shard.count,
        first: command.firstGame,
        last: command.firstGame + command.games - 1,
      })
    : t('sim.cli.running', { count: command.games, scenario: scenario.id, workers });
  io.write(`${running}\n`);
  let lastStep = -1;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const progress = (done: number, total: number): void => {
    if (io.isTTY && done < total && now() - lastDraw < 100) return;
    lastDraw = now();
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const line = t('sim.cli.progress', {
      done,
      total,
      percent: Math.floor((done * 100) / total),
      rate: rate.toFixed(rate < 10 ? 2 : 0),
      eta: formatDuration(rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY),
    });
    if (io.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      io.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line}\x1b[K`);
    } else {
      const step = Math.floor((done * 20) / total);
      if (step !== lastStep) {
        lastStep = step;
        io.write(`${line}\n`);
      }
    }
  };
  const onStop = (): void => io.write(`\n${t('sim.cli.interrupted')}\n`);
  const onAbandon = (): void => io.write(`\n${t('sim.cli.abandoning')}\n`);
  io.stop?.addEventListener('abort', onStop, { once: true });
  io.abandon?.addEventListener('abort', onAbandon, { once: true });
  let outcome;
  try {
    outcome = await playMany(scenario, plans, {
      workers,
      agendas: command.agendas,
      onProgress: progress,
      ...(io.stop ? { stop: io.stop } : {}),
      ...(io.abandon ? { abandon: io.abandon } : {}),
    });
  } catch (error) {
    if (io.isTTY) io.write('\n');
    io.write(`${t('sim.cli.failed', { reason: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
    return 1;
  } finally {
    io.stop?.removeEventListener('abort', onStop);
    io.abandon?.removeEventListener('abort', onAbandon);
  }
  if (io.isTTY) io.write('\n');
  const seconds = (now() - started) / 1000;
  writeRun(command.out, { ...meta, complete: outcome.complete }, outcome.records);
  const rate = seconds > 0 ? outcome.records.length / seconds : 0;
  const timing = {
    workers,
    batchSize: workers > 1 ? defaultBatchSize(command.games, workers) : 1,
    games: outcome.records.length,
    seconds: Math.round(seconds * 1000) / 1000,
    gamesPerSecond: Math.round(rate * 100) / 100,
  };
  writeFileSync(join(command.out, 'timing.json'), `${JSON.stringify(timing, null, 2)}\n`);
  io.write(`${t('sim.cli.done', { games: outcome.records.length, seconds: seconds.toFixed(1), rate: rate.toFixed(2), dir: command.out })}\n`);
  return outcome.complete ? 0 : 130;
}
