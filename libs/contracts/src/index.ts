// `@makerspace/contracts`: every contract, for Node (services, workflows, tools). Its plain part,
// listed first, is also `@makerspace/contracts/browser` (browser.ts), the one a browser loads.
export * from './vocabulary/filing-stages';
export * from './vocabulary/task-outcomes';
export * from './vocabulary/change-kinds';
export * from './vocabulary/application-search';
export * from './vocabulary/bilingual-text';
export * from './api/registry';
export * from './api/application-search';
export * from './api/space-record-view';
export * from './events';
export * from './errors/api-error';
export * from './errors/problem';
export * from './vocabulary/field-path';
export * from './errors/problem-schema';
export * from './errors/unavailable';
export * from './workflows/task-queues';
export * from './workflows/filing-input';
export * from './workflows/filing-messages';
export * from './workflows/filing-message-schemas';
export * from './workflows/supervision-input';
export * from './workflows/supervision-messages';
export * from './workflows/supervision-message-schemas';
export * from './workflows/supervision-records';
export * from './workflows/workflow-definitions';
