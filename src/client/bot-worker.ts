// The Web Worker bots think in, so the page never freezes. It receives only a bot seat's view and
// its legal moves, and answers with a move and a one-line explanation.
import { chooseBotMove, type BotRequest } from './bots.js';
import { scenarioById } from './scenarios.js';

interface WorkerRequest {
  readonly id: number;
  readonly request: BotRequest;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, request } = event.data;
  try {
    // The kernel looks scenarios up by id: register this one in the worker's own registry.
    scenarioById(request.view.scenarioId);
    const reply = chooseBotMove(request);
    scope.postMessage({ id, reply });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
