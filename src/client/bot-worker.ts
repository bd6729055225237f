// The Web Worker bots think in, so the page never freezes. It receives only a bot seat's view and
// its legal moves, and answers with a move and its explanation (as codes; the page makes the words).
import { chooseBotMove, type BotRequest } from '../game/index.js';

interface WorkerRequest {
  readonly id: number;
  readonly request: BotRequest;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  try {
    const reply = chooseBotMove(request);
    scope.postMessage({ id, reply });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
