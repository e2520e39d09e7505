import type { SpaceRecord } from '../workflows/supervision-records';

/** One evaluation of a space as its record lists it. */
export interface SpaceEvaluationLine {
  year: number;
  status: string;
  dueOn: string;
  reportFiledOn: string | null;
  reportMissed: boolean;
  /** The performance report as filed, for the staff who check and score it (policy SelfReport). */
  selfReport: unknown;
  score: number | null;
  scoredGrade: string | null;
  grade: string | null;
  corrected: boolean;
  confirmedOn: string | null;
}

/** One change of a space as its record lists it. */
export interface SpaceChangeLine {
  changeId: string;
  kind: string;
  effectiveOn: string;
  deadline: string;
  source: string;
  status: string;
  /** The change with its new values (policy SpaceChange). */
  change: unknown;
  reportedOn: string | null;
  reportedInTime: boolean | null;
  acceptedLate: boolean;
  checkOutcome: string | null;
  decision: string | null;
  decidedOn: string | null;
  reasons: unknown;
}

/**
 * The space record as the evaluation service answers it (GET /spaces/:id): figures, status with
 * the revocation's article and reason, its evaluations and changes.
 */
export interface SpaceRecordView extends SpaceRecord {
  figures: unknown;
  evaluations: SpaceEvaluationLine[];
  changes: SpaceChangeLine[];
}
