// The runner's benchmark (the `sim` section of scripts/bench.ts): games per second for random and
// hard bots, inline (1 worker) and on 2 worker threads. Worker start-up is included, as a user
// of `npm run sim` pays it too.
import { BOT_NAMES, type BotName } from '../ai/bot.js';
import { makeBot } from '../ai/index.js';
import { bundledGame, type ScenarioId } from '../rules/index.js';
import { planGame } from './play.js';
import { playMany } from './run.js';

export interface SimBenchCase {
  readonly bots: BotName;
  readonly workers: number;
  readonly games: number;
  readonly seconds: number;
  readonly gamesPerSecond: number;
}

export interface SimBenchResult {
  readonly scenario: ScenarioId;
  readonly cases: readonly SimBenchCase[];
  /** Cases that were skipped, and why. */
  readonly notes: readonly string[];
}

export interface SimBenchOptions {
  readonly scenario?: ScenarioId;
  /** Games per case for each bot; defaults: 200 random, 16 hard (about 15 s on one worker), enough that worker start-up does not hide the 2-worker speed-up. */
  readonly games?: Partial<Record<BotName, number>>;
  readonly workers?: readonly number[];
  readonly log?: (line: string) => void;
}

export async function benchSim(options: SimBenchOptions = {}): Promise<SimBenchResult> {
  const scenarioId = options.scenario ?? 'historical';
  const scenario = bundledGame(scenarioId).scenario;
  const games = options.games ?? { random: 200, hard: 16 };
  const cases: SimBenchCase[] = [];
  const notes: string[] = [];
  for (const bot of BOT_NAMES) {
    const count = games[bot];
    if (count === undefined) continue;
    try {
      makeBot(bot, bundledGame(scenarioId));
    } catch (error) {
      notes.push(`${bot}: skipped, the bot is not available (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const plans = Array.from({ length: count }, (_, i) => planGame({ seed: 1, bots: [bot, bot, bot], rotateSeats: false, rotateOrder: false }, i));
    for (const workers of options.workers ?? [1, 2]) {
      const started = performance.now();
      const { records } = await playMany(scenario, plans, { workers });
      const seconds = (performance.now() - started) / 1000;
      const entry = { bots: bot, workers, games: records.length, seconds: Math.round(seconds * 100) / 100, gamesPerSecond: Math.round((records.length / seconds) * 100) / 100 };
      cases.push(entry);
      options.log?.(`sim: ${bot} ×${count}, ${workers} worker(s): ${entry.gamesPerSecond} games/s (${entry.seconds} s)`);
    }
  }
  return { scenario: scenarioId, cases, notes };
}
