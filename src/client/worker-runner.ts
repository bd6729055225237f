// Bots in a Web Worker (Vite bundles the worker as its own chunk).
import type { BotReply, BotRequest, BotRunner } from './bots.js';
import { chooseBotMove } from './bots.js';

interface WorkerAnswer {
  readonly id: number;
  readonly reply?: BotReply;
  readonly error?: string;
}

export class WorkerBotRunner implements BotRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: BotReply) => void; request: BotRequest }>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./bot-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      // A bot that failed must not stall the game: decide in the page instead.
      waiting.resolve(event.data.reply ?? chooseBotMove(waiting.request));
    };
    this.worker = worker;
    return worker;
  }

  choose(request: BotRequest): Promise<BotReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, request });
      this.ensure().postMessage({ id, request });
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}
