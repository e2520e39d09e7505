import type { FilingStatus } from '@makerspace/contracts/browser';

export type { DeclaredFigures } from '@makerspace/policy';
export type { FilingStage, FilingState, HistoryEntry, TaskKind, TaskView } from '@makerspace/contracts/browser';
/** The review stages in procedure order, the task kinds with the outcomes each allows, and those that need reasons (Art. 6). */
export { FILING_STAGES, NEGATIVE_OUTCOMES, TASK_KINDS, TASK_OUTCOMES } from '@makerspace/contracts/browser';

/** Where an application stands in intake: a draft, just submitted, or the procedure's status. */
export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | FilingStatus;
