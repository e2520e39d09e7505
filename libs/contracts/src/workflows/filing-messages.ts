import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { FilingStage } from '../events/filing-events';
import type { TaskKind } from '../vocabulary/task-outcomes';
import type { Decision, Disqualification, Objection, Reason, Resubmission, Withdrawal } from './filing-message-schemas';

/**
 * The filing workflow's messages, defined once and used by the workflow and by its callers
 * (the review service for staff decisions, the intake service for the applicant and the public).
 * Every update is validated inside the workflow: a wrong stage, a wrong person or a missing reason
 * is refused with a clear error and changes nothing. Their schemas are in filing-message-schemas.ts.
 */

export interface TaskView {
  taskId: string;
  kind: TaskKind;
  stage: FilingStage;
  assigneeRole: string;
  scope: string | null;
  assigneeId: string | null;
  openedOn: string;
  dueOn: string;
  escalated: boolean;
}

export interface HistoryEntry {
  at: string;
  actor: { id: string; role: string };
  action: string;
  stage: FilingStage | null;
  taskId?: string;
  outcome?: string;
  reasons?: Reason[];
  detail?: Record<string, unknown>;
}

export type FilingStatus = 'IN_REVIEW' | 'RETURNED' | 'REJECTED' | 'WITHDRAWN' | 'DISQUALIFIED' | 'FILED';

export interface ExpertSeat {
  expertId: string;
  status: 'ASSIGNED' | 'SCORED' | 'CONFLICT';
  score?: number;
}

export interface FilingState {
  applicationId: string;
  status: FilingStatus;
  stage: FilingStage | null;
  returnedAt: FilingStage | null;
  correctBy: string | null;
  openTasks: TaskView[];
  history: HistoryEntry[];
  panel: ExpertSeat[];
  notice: { from: string; until: string; objections: { objectionId: string; lodgedOn: string; status: 'OPEN' | 'DISMISSED' | 'UPHELD' }[] } | null;
  filingNumber: string | null;
  spaceId: string | null;
  /** The declared figures (Art. 5) in force: as submitted, or as last corrected after a return. */
  figures: Record<string, unknown>;
}

export const filingState = defineQuery<FilingState>('filingState');
export const decideTask = defineUpdate<FilingState, [Decision]>('decideTask');
export const resubmit = defineUpdate<FilingState, [Resubmission]>('resubmit');
export const withdraw = defineUpdate<FilingState, [Withdrawal]>('withdraw');
export const disqualify = defineUpdate<FilingState, [Disqualification]>('disqualify');
export const lodgeObjection = defineUpdate<FilingState, [Objection]>('lodgeObjection');
