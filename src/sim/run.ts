// Playing a run's games, inline (one worker) or on a pool of worker threads. Thin: the games are
// pure functions of their plans, so the records do not depend on how the work is spread; the
// caller sorts them by index.
import Tinypool from 'tinypool';
import type { Scenario } from '../rules/index.js';
import type { GamePlan, GameRecord } from './record.js';
import { playBatch, type WorkerTask } from './worker.js';

export interface PlayManyOptions {
  /** Worker threads; 1 plays inline on this thread. */
  readonly workers: number;
  /** Games per task sent to a worker; defaults to a size that keeps every worker busy. */
  readonly batchSize?: number;
  /** Deal secret agendas; undefined keeps the scenario's option. */
  readonly agendas?: boolean;
  /** Called after every finished batch with the number of games done so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Once aborted, no new game starts; the games under way still finish. */
  readonly stop?: AbortSignal;
  /** Once aborted, the games under way are dropped too. */
  readonly abandon?: AbortSignal;
  /** The worker threads' entry module (tests replace it); defaults to worker-entry.mjs. */
  readonly workerEntry?: string;
}

export interface PlayManyResult {
  /** Finished games, in the order they finished. */
  readonly records: GameRecord[];
  /** Whether every planned game finished. */
  readonly complete: boolean;
}

const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url).href;

export function defaultBatchSize(games: number, workers: number): number {
  return Math.max(1, Math.min(10, Math.ceil(games / (workers * 8))));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * pool.destroy(), made safe for a worker that fails while the pool shuts down. tinypool 2.2 waits
 * for each worker with events.once(wrapper, 'exit') on its thread wrapper, which has on and once
 * but no removeListener; when the thread then emits 'error' (a worker that cannot load fails a
 * moment after the first one did), once() calls removeListener and the TypeError it throws is
 * uncaught, ending the process instead of failing the run. With the method present, that once()
 * rejects with the worker's error and destroy() passes it on; the listeners it would remove belong
 * to a thread that is exiting.
 */
async function destroyPool(pool: Tinypool): Promise<void> {
  for (const thread of pool.threads) {
    if (!('removeListener' in thread)) Object.assign(thread, { removeListener: (): void => undefined });
  }
  await pool.destroy();
}

/** Play every plan (or as many as a stop allows). Rejects if a game fails (a bug in a bot or the rules). */
export async function playMany(scenario: Scenario, plans: readonly GamePlan[], options: PlayManyOptions): Promise<PlayManyResult> {
  const workers = Math.max(1, Math.floor(options.workers));
  const base = options.agendas === undefined ? {} : { agendas: options.agendas };
  return workers === 1 ? playInline(scenario, plans, base, options) : playPooled(scenario, plans, base, workers, options);
}

async function playInline(scenario: Scenario, plans: readonly GamePlan[], base: { agendas?: boolean }, options: PlayManyOptions): Promise<PlayManyResult> {
  const records: GameRecord[] = [];
  for (const plan of plans) {
    if (options.stop?.aborted || options.abandon?.aborted) break;
    records.push(...playBatch({ scenario, plans: [plan], ...base }));
    options.onProgress?.(records.length, plans.length);
    // Let signal handlers (Ctrl-C) and progress output run between games.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { records, complete: records.length === plans.length };
}

async function playPooled(scenario: Scenario, plans: readonly GamePlan[], base: { agendas?: boolean }, workers: number, options: PlayManyOptions): Promise<PlayManyResult> {
  const batches = chunks(plans, options.batchSize ?? defaultBatchSize(plans.length, workers));
  const pool = new Tinypool({ filename: options.workerEntry ?? WORKER_ENTRY, minThreads: workers, maxThreads: workers });
  const records: GameRecord[] = [];
  let next = 0;
  let running = 0;
  let failure: unknown = null;
  const abandoned = (): boolean => options.abandon?.aborted === true;
  const stopped = (): boolean => failure !== null || options.stop?.aborted === true || abandoned();

  await new Promise<void>((resolve) => {
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      options.abandon?.removeEventListener('abort', finish);
      resolve();
    };
    options.abandon?.addEventListener('abort', finish);
    // A worker that cannot even start (its modules fail to load) is reported here, not by a task.
    pool.on('error', (error: unknown) => {
      if (failure === null) failure = error;
      finish();
    });
    const launch = (): void => {
      while (!stopped() && next < batches.length && running < workers * 2) {
        const batch = batches[next++] as GamePlan[];
        const task: WorkerTask = { scenario, plans: batch, ...base };
        running += 1;
        (pool.run(task) as Promise<GameRecord[]>)
          .then(
            (done) => {
              if (abandoned()) return;
              records.push(...done);
              options.onProgress?.(records.length, plans.length);
            },
            (error: unknown) => {
              if (!abandoned() && failure === null) failure = error;
            },
          )
          .finally(() => {
            running -= 1;
            launch();
            if (running === 0 && (stopped() || next >= batches.length)) finish();
          });
      }
      if (running === 0) finish();
    };
    launch();
  });
  await destroyPool(pool).catch((error: unknown) => {
    // A worker failing while the pool shuts down is the same failure the run already reports.
    if (failure === null) failure = error;
  });
  // The failure may be any value a worker threw, passed on as it came.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (failure !== null) throw failure;
  return { records, complete: records.length === plans.length };
}
