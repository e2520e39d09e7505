export * from './envelope';
export * from './catalogue';
export * from './filing-events';
export * from './supervision-events';
export * from './supervision-shapes';
export * from './validate';
