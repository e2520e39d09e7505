export * from './connection-settings';
export * from './prisma-adapter';
export * from './polling-loop';
