export * from './read-settings';
export * from './setting-types';
export * from './settings/processes';
export * from './check-settings';
export * from './settings-or-exit';
export { documentSettings, fileStoreSettings } from './settings/shared';
export * from './temporal-settings';
export * from './kafka-settings';
export * from './directory-settings';
