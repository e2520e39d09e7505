/** Temporal task queues and workflow ids, shared by the worker and the services that start work. */
export const TASK_QUEUES = {
  filing: 'filing',
  supervision: 'supervision',
} as const;

export const filingWorkflowId = (applicationId: string) => `filing-${applicationId}`;
