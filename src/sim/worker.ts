// The runner's worker: plays a batch of games and returns their records. Loaded in a worker
// thread through worker-entry.mjs (which registers tsx), or called directly with --workers 1.
import { makeBot } from '../ai/index.js';
import type { Scenario } from '../rules/types.js';
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
  return task.plans.map((plan) => playGame(task.scenario, plan, options));
}

export default playBatch;
