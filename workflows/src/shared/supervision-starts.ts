import type { SpaceRef } from '@makerspace/contracts';

export interface StartedCount {
  started: number;
  /** Already there (running or done): a repeated opening or a retried batch starts nothing twice. */
  alreadyStarted: number;
}

/**
 * Starting the supervision workflows under their domain ids, once each. The cycle does not start
 * the space evaluations as child workflows: they outlive it by months and need no parent, and
 * Temporal's time-skipping test server stops skipping time for good once a child completes after
 * its parent has closed (found while writing the supervision suite).
 */
export interface SupervisionStarts {
  startSpaceEvaluations(year: number, ruleset: { id: string; version: number }, spaces: SpaceRef[]): Promise<StartedCount>;
  startEvaluationCycle(year: number): Promise<boolean>;
}
