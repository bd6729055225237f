// `npm run sim`: the AI-vs-AI runner's command line (see runCli). Ctrl-C once stops starting new
// games and writes the summary of those finished; Ctrl-C twice (or SIGTERM) drops the games under way.
import { availableParallelism } from 'node:os';
import { runCli } from './main.js';

const stop = new AbortController();
const abandon = new AbortController();
let firstInterrupt = 0;
process.on('SIGINT', () => {
  // tsx relays the terminal's Ctrl-C to this process, which also gets it from the terminal: a
  // second signal within a second is the same key press.
  if (!stop.signal.aborted) {
    firstInterrupt = performance.now();
    stop.abort();
  } else if (performance.now() - firstInterrupt > 1000) abandon.abort();
});
// Docker and Kubernetes stop a container with SIGTERM, and as a container's first process node would
// ignore it unhandled: like Ctrl-C twice, the games under way are dropped and the finished ones written.
process.on('SIGTERM', () => {
  stop.abort();
  abandon.abort();
});

const code = await runCli(process.argv.slice(2), {
  write: (text) => process.stderr.write(text),
  // process.stderr.isTTY is undefined when stderr is not a terminal, whatever its declared type says.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
  isTTY: process.stderr.isTTY === true,
  defaultWorkers: Math.max(1, availableParallelism()),
  stop: stop.signal,
  abandon: abandon.signal,
  env: process.env,
});
process.exit(code);
