export * from './events';
export * from './errors/api-error';
export * from './workflows/task-queues';
export * from './workflows/filing-input';
export * from './workflows/filing-messages';
