/** Temporal task queues and workflow ids, shared by the worker and the services that start work. */
export const TASK_QUEUES = {
  filing: 'filing',
  supervision: 'supervision',
} as const;

/** The filing task queue; FILING_TASK_QUEUE overrides it (tests give each run its own). */
export const filingTaskQueue = (env: NodeJS.ProcessEnv = process.env) => env.FILING_TASK_QUEUE ?? TASK_QUEUES.filing;

export const filingWorkflowId = (applicationId: string) => `filing-${applicationId}`;
