export * from './api-exception';
export * from './zod-validation';
export * from './error-filter';
export * from './health';
export * from './bootstrap';
export * from './actor';
export * from './identity';
