export * from './connection-settings';
export * from './prisma-adapter';
