export * from './kafka-settings';
export * from './event-publisher';
export * from './event-consumer';
export * from './kafka-probe';
export * from './event-id';
export * from './topics';
export * from './trace-context';
