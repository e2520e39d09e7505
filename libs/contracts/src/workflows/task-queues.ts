/** Temporal task queues and workflow ids, shared by the worker and the services that start work. */
export const TASK_QUEUES = {
  filing: 'filing',
  supervision: 'supervision',
} as const;

/** The filing task queue; FILING_TASK_QUEUE overrides it (tests give each run its own). */
export const filingTaskQueue = (env: NodeJS.ProcessEnv = process.env) => env.FILING_TASK_QUEUE ?? TASK_QUEUES.filing;

export const filingWorkflowId = (applicationId: string) => `filing-${applicationId}`;

/** The supervision task queue (evaluation cycles, space evaluations, changes); SUPERVISION_TASK_QUEUE overrides it. */
export const supervisionTaskQueue = (env: NodeJS.ProcessEnv = process.env) => env.SUPERVISION_TASK_QUEUE ?? TASK_QUEUES.supervision;

export const evaluationCycleWorkflowId = (year: number) => `evaluation-${year}`;
export const spaceEvaluationWorkflowId = (year: number, spaceId: string) => `evaluation-${year}-${spaceId}`;
export const spaceChangeWorkflowId = (spaceId: string, changeId: string) => `change-${spaceId}-${changeId}`;
