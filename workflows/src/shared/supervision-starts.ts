import type { SpaceRef } from '@makerspace/contracts';

/** The spaces of one batch of a cycle, asked for their reports at `requestedAt` (workflow time). */
export interface SelfReportRequest {
  year: number;
  ruleset: { id: string; version: number };
  dueOn: string;
  requestedAt: string;
  spaces: SpaceRef[];
}

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
  /**
   * Publish each space's `evaluation.self-report.requested` (one batch to the broker, before the
   * evaluation exists, so it comes first among the space's evaluation events), then start the
   * space evaluations. Retried as a whole: the events keep their ids, the starts happen once.
   */
  requestSelfReports(request: SelfReportRequest): Promise<StartedCount>;
  startEvaluationCycle(year: number): Promise<boolean>;
}
