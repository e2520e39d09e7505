/**
 * Temporal task queues and workflow ids, shared by the worker and the services that start work.
 * A process's own queue names come from its settings (libs/config `temporalSettings`): these are
 * the names a queue has when nothing overrides it.
 */
export const TASK_QUEUES = {
  filing: 'filing',
  supervision: 'supervision',
} as const;

/** The task queues by what runs on them: the filing procedure, or supervision after filing. */
export type TaskQueueName = keyof typeof TASK_QUEUES;

export const filingWorkflowId = (applicationId: string) => `filing-${applicationId}`;

export const evaluationCycleWorkflowId = (year: number) => `evaluation-${year}`;
export const spaceEvaluationWorkflowId = (year: number, spaceId: string) => `evaluation-${year}-${spaceId}`;
export const spaceChangeWorkflowId = (spaceId: string, changeId: string) => `change-${spaceId}-${changeId}`;
