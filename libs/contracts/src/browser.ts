/**
 * `@makerspace/contracts/browser`: what a browser may load of the contracts. The procedures'
 * vocabulary as plain data, and the shapes of what the services and workflows answer as types
 * (erased when compiled). Nothing behind it imports Temporal, zod or Node at run time; lint holds
 * it to that (eslint.config.mjs). The root entry, `@makerspace/contracts`, has all of it too, with
 * the schemas and the workflows' message definitions.
 */
export * from './vocabulary/filing-stages';
export * from './vocabulary/task-outcomes';
export * from './vocabulary/change-kinds';
export * from './vocabulary/application-search';
export * from './vocabulary/bilingual-text';
export type * from './api/registry';
export type * from './api/application-search';
export type * from './api/space-record-view';
export type { ApiErrorBody, FieldIssue } from './errors/api-error';
export * from './vocabulary/field-path';
export type { ProblemDocument, ProblemFieldError } from './errors/problem-schema';
export type { Role } from './events/envelope';
export type { FilingStage } from './events/filing-events';
export type { ExpertSeat, FilingState, FilingStatus, HistoryEntry, TaskView } from './workflows/filing-messages';
export type {
  ChangeState,
  EvaluationCycleState,
  SpaceEvaluationState,
  SupervisionHistoryEntry,
  SupervisionTaskStage,
  SupervisionTaskView,
} from './workflows/supervision-messages';
export type { SpaceRecord } from './workflows/supervision-records';
