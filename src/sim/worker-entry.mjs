// Tinypool's entry for the runner's worker threads. On Node 20 a worker thread does not inherit
// tsx's loader (neither from the parent nor through execArgv), so it registers tsx itself and
// then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
