// The bot worker failing must not stall the game: the bots go on in the page, and the player is
// told once, with a catalogue message. A stand-in worker plays the part of the browser's Worker.
import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/client/controller.js';
import { gameById } from '../../src/client/scenarios.js';
import { WorkerBotRunner, type BotWorker } from '../../src/client/worker-runner.js';
import { hasMessage, type Message } from '../../src/i18n/catalogue.js';
import { config } from './helpers.js';

/** A worker that takes requests and answers none, until the test makes it fail. */
class SilentWorker implements BotWorker {
  onmessage: BotWorker['onmessage'] = null;
  onerror: BotWorker['onerror'] = null;
  onmessageerror: BotWorker['onmessageerror'] = null;
  readonly posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The script threw where no try could catch it (or never loaded): the browser's error event. */
  crash(): void {
    const event = { message: 'boom', preventDefault: () => undefined } as unknown as ErrorEvent;
    this.onerror?.call(this as unknown as Worker, event);
  }
}

function botGame(start: () => BotWorker): { controller: Controller; failures: Message[] } {
  const failures: Message[] = [];
  const bots = new WorkerBotRunner({ start, onFailure: (message) => failures.push(message) });
  const controller = new Controller({ bots, scenario: gameById, botDelayMs: 0 });
  return { controller, failures };
}

describe('the bot worker failing', () => {
  it('answers the waiting bot in the page and tells the player once', async () => {
    const workers: SilentWorker[] = [];
    const { controller, failures } = botGame(() => {
      const worker = new SilentWorker();
      workers.push(worker);
      return worker;
    });
    // Russia is a bot, so it thinks as soon as the game starts.
    await controller.start(config({ russia: 'easy', turkey: 'human', china: 'human' }));
    expect(controller.current()?.thinking).toBe('russia');
    const [worker] = workers;
    expect(worker?.posted).toHaveLength(1);
    worker?.crash();
    // Without the error handler this waits for ever: the worker will never answer.
    await controller.idle();
    const model = controller.current();
    expect(model?.steps).toBeGreaterThan(0);
    expect(model?.thinking).toBeNull();
    expect(worker?.terminated).toBe(true);
    expect(failures).toEqual([{ key: 'ui.error.botWorker', params: {} }]);
    expect(hasMessage('ui.error.botWorker')).toBe(true);
    controller.stop();
  });

  it('plays on in the page when no worker can be started at all', async () => {
    const { controller, failures } = botGame(() => {
      throw new Error('workers are blocked here');
    });
    await controller.start(config({ russia: 'easy', turkey: 'human', china: 'human' }));
    await controller.idle();
    expect(controller.current()?.steps).toBeGreaterThan(0);
    expect(failures.map((m) => m.key)).toEqual(['ui.error.botWorker']);
    controller.stop();
  });
});
