// The workflow types of the supervision task queue; this file is the entry of its workflow bundle.
export { evaluationCycle } from './evaluation/evaluation-cycle';
export { openEvaluationCycle } from './evaluation/open-evaluation-cycle';
export { spaceEvaluation } from './evaluation/space-evaluation';
export { spaceChange } from './change/space-change';
