export * from './events';
export * from './errors/api-error';
export * from './workflows/task-queues';
export * from './workflows/filing-input';
export * from './workflows/filing-messages';
export * from './workflows/supervision-input';
export * from './workflows/supervision-messages';
export * from './workflows/supervision-records';
