// Bots in a Web Worker (Vite bundles the worker as its own chunk), so the page never freezes while
// they think. Should the worker itself fail (its script does not load, it runs out of memory, an
// error escapes it), the bots go on thinking in the page and the player is told, in the
// catalogue's words, why the screen may pause: a dead worker must never leave the game waiting for
// an answer that will not come.
import type { Message } from '../i18n/catalogue.js';
import { chooseBotMove, type BotReply, type BotRequest, type BotRunner } from './bots.js';

interface WorkerAnswer {
  readonly id: number;
  readonly reply?: BotReply;
  readonly error?: string;
}

/** The part of a Worker the runner uses (tests hand in a stand-in). */
export type BotWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

export interface WorkerBotRunnerOptions {
  /** Starts the worker; by default the bundled bot worker. */
  readonly start?: () => BotWorker;
  /** The worker failed and the bots now think in the page: tell the player (`message` is a catalogue message). */
  readonly onFailure?: (message: Message) => void;
}

function startBundledWorker(): BotWorker {
  return new Worker(new URL('./bot-worker.ts', import.meta.url), { type: 'module' });
}

/** A bot's move chosen in the page itself (after the next turn of the event loop, as a worker's answer comes). */
function chooseInPage(request: BotRequest): Promise<BotReply> {
  return Promise.resolve(request).then(chooseBotMove);
}

export class WorkerBotRunner implements BotRunner {
  private worker: BotWorker | null = null;
  /** The worker failed once: the bots think in the page from then on (a new worker would likely fail the same way). */
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: BotReply) => void; request: BotRequest }>();

  constructor(private readonly options: WorkerBotRunnerOptions = {}) {}

  private ensure(): BotWorker | null {
    if (this.worker || this.failed) return this.worker;
    let worker: BotWorker;
    try {
      worker = (this.options.start ?? startBundledWorker)();
    } catch {
      // No workers here (a locked-down browser, a blocked script): the page decides.
      this.fail();
      return null;
    }
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      // A bot that failed on one request must not stall the game: decide that one in the page.
      if (event.data.reply) waiting.resolve(event.data.reply);
      else void chooseInPage(waiting.request).then(waiting.resolve);
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: the page says what happened in its own words, not the console's.
      event.preventDefault();
      this.fail();
    };
    worker.onmessageerror = () => this.fail();
    this.worker = worker;
    return worker;
  }

  /** The worker is gone: every request waiting on it is answered in the page, and the player is told once. */
  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { request, resolve } of waiting) void chooseInPage(request).then(resolve);
    this.options.onFailure?.({ key: 'ui.error.botWorker', params: {} });
  }

  choose(request: BotRequest): Promise<BotReply> {
    const worker = this.ensure();
    if (!worker) return chooseInPage(request);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, request });
      worker.postMessage({ id, request });
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}
