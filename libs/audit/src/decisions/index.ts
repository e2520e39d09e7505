export * from './audited-decisions';
export * from './decision-recovery';
export * from './pending-decision';
