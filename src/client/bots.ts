// Bots as the browser runs them: in a Web Worker (worker-runner.ts) or, for headless tests and
// where workers are unavailable, in the page itself. Either way a request carries only the bot
// seat's view and legal moves (src/game/bots.ts).
import { chooseBotMove, type BotReply, type BotRequest } from '../game/index.js';

export { botRng, chooseBotMove, type BotReply, type BotRequest } from '../game/index.js';

export interface BotRunner {
  choose(request: BotRequest): Promise<BotReply>;
  dispose(): void;
}

/** Runs bots in the page itself: for tests, and as a fallback where workers are unavailable. */
export class InlineBotRunner implements BotRunner {
  choose(request: BotRequest): Promise<BotReply> {
    return Promise.resolve(chooseBotMove(request));
  }
  dispose(): void {}
}
