export * from './events';
export * from './errors/api-error';
export * from './workflows/task-queues';
