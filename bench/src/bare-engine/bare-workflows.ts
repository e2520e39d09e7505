// The bench's bare workflows, bundled for the bare worker (bare-worker-process.ts).
export { bareEvaluation } from './bare-evaluation';
export { bareFiling } from './bare-filing';
