import type { FilingStatus, TaskKind, TASK_OUTCOMES } from '@makerspace/contracts';

export type { DeclaredFigures } from '@makerspace/policy';
export type { FilingStage, FilingState, HistoryEntry, TaskKind, TaskView } from '@makerspace/contracts';

/** Where an application stands in intake: a draft, just submitted, or the procedure's status. */
export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | FilingStatus;

/**
 * The outcomes each task kind allows, as the workflow defines them. The contract's own constant
 * lives beside the workflow's message definitions, which do not run in a browser; this copy is
 * typed against it and filing.spec.ts checks it is equal.
 */
export const OUTCOMES_OF = {
  'preliminary-review': ['RECOMMEND', 'RETURN', 'REJECT'],
  're-review': ['PASS', 'RETURN', 'REJECT'],
  'on-site-inspection': ['PASS', 'RETURN', 'REJECT'],
  'organise-expert-review': ['ASSIGN_PANEL'],
  'expert-score': ['SCORE', 'CONFLICT'],
  'assign-substitute': ['ASSIGN_SUBSTITUTE'],
  'resolve-objection': ['DISMISS', 'UPHOLD_REJECT', 'UPHOLD_DISQUALIFY'],
  'director-meeting': ['APPROVE', 'DECLINE'],
} as const satisfies { readonly [K in TaskKind]: readonly (typeof TASK_OUTCOMES)[K][number][] };

/** Outcomes that go against the applicant, so the form asks for reasons (Art. 6). */
export const NEEDS_REASONS: readonly string[] = ['RETURN', 'REJECT', 'CONFLICT', 'UPHOLD_REJECT', 'UPHOLD_DISQUALIFY', 'DECLINE'];
