export * from './read-settings';
export * from './setting-types';
export * from './settings/processes';
export * from './check-settings';
