// Every workflow type the worker runs; this file is the entry of the workflow bundle.
export { filing } from './filing/workflow';
export { evaluationCycle } from './evaluation/evaluation-cycle';
export { openEvaluationCycle } from './evaluation/open-evaluation-cycle';
export { spaceEvaluation } from './evaluation/space-evaluation';
export { spaceChange } from './change/space-change';
