export * from './temporal-gateway';
export * from './temporal-unavailable';
