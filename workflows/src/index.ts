// What other projects (tests, tools) use of the worker process.
export { startWorker } from './worker';
export type { RunningWorker } from './worker';
