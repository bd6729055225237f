// The runner's worker: plays a batch of games and returns their records. Loaded in a worker
// thread through worker-entry.mjs (which registers tsx), or called directly with --workers 1.
import { makeBot } from '../ai/index.js';
import { openGame, type Scenario } from '../rules/index.js';
import { playGame } from './play.js';
import type { GamePlan, GameRecord } from './record.js';

export interface WorkerTask {
  readonly scenario: Scenario;
  readonly plans: readonly GamePlan[];
  /** Deal secret agendas; undefined keeps the scenario's option. */
  readonly agendas?: boolean;
}

export function playBatch(task: WorkerTask): GameRecord[] {
  const options = task.agendas === undefined ? { makeBot } : { makeBot, agendas: task.agendas };
  // The scenario crosses the thread boundary as data; the handle (indexes, hash) is rebuilt here.
  const game = openGame(task.scenario);
  return task.plans.map((plan) => playGame(game, plan, options));
}

export default playBatch;
