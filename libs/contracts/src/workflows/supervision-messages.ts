import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Evidence } from '../events/supervision-shapes';
import type { Reason } from './filing-message-schemas';
import type {
  ChangeDecision,
  ChangeReport,
  ResultConfirmation,
  ReviewFindings,
  ReviewOrder,
  SelfReportCheck,
  SelfReportFiling,
  SpaceRevokedNotice,
} from './supervision-message-schemas';

/**
 * The supervision workflows' messages, defined once for the workflows and their caller (the
 * evaluation service). Every update is validated inside the workflow and refused, with nothing
 * changed, as an ApplicationFailure of type `Refused.<CODE>` (NOT_YOURS, WRONG_STAGE, CLOSED,
 * INVALID, REASON_REQUIRED) with `[{ field, article }]` as details. Their schemas are in
 * supervision-message-schemas.ts.
 */

// ---- staff tasks and revocation, common to evaluations and changes -----------------------------

export type SupervisionTaskStage = 'SELF_REPORT_CHECK' | 'EXPERT_REVIEW' | 'ON_SITE_CHECK' | 'RESULT_CONFIRMATION' | 'CHANGE_REVIEW' | 'OVERDUE_CHANGE';

/** An open staff task of a supervision workflow, with its due date (ruleset `supervision.stages`). */
export interface SupervisionTaskView {
  taskId: string;
  stage: SupervisionTaskStage;
  assigneeRole: string;
  /** The district's division code, the expert's id, or null for the city. */
  scope: string | null;
  openedOn: string;
  dueOn: string;
  escalated: boolean;
}

/** Another workflow revoked the space (`SpaceRevokedNotice`): a workflow not yet decided ends. */
export const spaceRevoked = defineSignal<[SpaceRevokedNotice]>('spaceRevoked');

// ---- the evaluation cycle: `evaluation-<year>` ----------------------------------------------

export interface EvaluationCycleState {
  year: number;
  /** WAITING_TO_OPEN until the cycle's opening day; TOO_LATE when opened after the report deadline. */
  status: 'WAITING_TO_OPEN' | 'REQUESTING' | 'ALL_REQUESTED' | 'TOO_LATE';
  opensOn: string;
  selfReportDueOn: string;
  /** Spaces whose evaluation this cycle started, and those it found already started. */
  requested: number;
  alreadyRequested: number;
}

export const evaluationCycleState = defineQuery<EvaluationCycleState>('evaluationCycleState');

// ---- one space's evaluation: `evaluation-<year>-<spaceId>` ----------------------------------

export interface SupervisionHistoryEntry {
  at: string;
  actor: { id: string; role: string };
  action: string;
  reasons?: { text: string; article?: string }[];
  detail?: Record<string, unknown>;
}

export interface SpaceEvaluationState {
  year: number;
  spaceId: string;
  /** ENDED: the space was revoked before the result was confirmed. */
  status: 'AWAITING_REPORT' | 'DISTRICT_CHECK' | 'SCORED' | 'CONFIRMED' | 'ENDED';
  dueOn: string;
  reportFiledOn: string | null;
  reportMissed: boolean;
  districtCheck: { outcome: 'PASS' | 'CONCERNS'; by: string; on: string; reasons: Reason[] } | null;
  /** Expert reviews and on-site checks a city officer asked for; open until their findings are recorded. */
  reviews: {
    kind: 'EXPERT_REVIEW' | 'ON_SITE_CHECK';
    assigneeId: string | null;
    orderedOn: string;
    findings: Reason[] | null;
    suggestedGrade: string | null;
    by: string | null;
    on: string | null;
  }[];
  openTasks: SupervisionTaskView[];
  endedBy: SpaceRevokedNotice | null;
  result: {
    score: number;
    grade: string;
    reportFiled: boolean;
    unqualified: boolean;
    recommendedToProvince: boolean;
    reasons: { article: string; ruleId?: string; message: { zh: string; en: string } }[];
  } | null;
  confirmation: { grade: string; corrected: boolean; by: string; on: string; reasons: Reason[] } | null;
  /** What Art. 7 made of the confirmed grade. */
  consequence: 'REVOKED' | 'RECOMMENDED' | 'NONE' | null;
  history: SupervisionHistoryEntry[];
}

export const spaceEvaluationState = defineQuery<SpaceEvaluationState>('spaceEvaluationState');
export const fileSelfReport = defineUpdate<SpaceEvaluationState, [SelfReportFiling]>('fileSelfReport');
export const confirmResult = defineUpdate<SpaceEvaluationState, [ResultConfirmation]>('confirmResult');
export const checkSelfReport = defineUpdate<SpaceEvaluationState, [SelfReportCheck]>('checkSelfReport');
export const orderReview = defineUpdate<SpaceEvaluationState, [ReviewOrder]>('orderReview');
export const recordReview = defineUpdate<SpaceEvaluationState, [ReviewFindings]>('recordReview');

// ---- one change: `change-<spaceId>-<changeId>` ----------------------------------------------

export interface ChangeState {
  changeId: string;
  spaceId: string;
  kind: string;
  effectiveOn: string;
  deadline: string;
  source: 'OPERATOR' | 'STAFF';
  /** ENDED: the space was revoked by another workflow before this change was decided. */
  status: 'AWAITING_REPORT' | 'OVERDUE' | 'IN_REVIEW' | 'APPROVED' | 'REVOKED' | 'ENDED';
  change: Record<string, unknown>;
  report: { reportedOn: string; inTime: boolean; by: string; evidence: Evidence[]; note?: string } | null;
  /** Accepted by the city after the deadline passed unreported. */
  acceptedLate: boolean;
  /** The day the review opened (the re-check done), null before. */
  reviewOpenedOn: string | null;
  /** The Art. 5 re-check of the changed space; null while it runs or when no figures are on record. */
  check: { outcome: 'APPROVE' | 'REVOKE'; failedRules: { ruleId: string; article: string; message: { zh: string; en: string } }[] } | null;
  decision: { outcome: string; by: string; on: string; reasons: Reason[] } | null;
  openTasks: SupervisionTaskView[];
  endedBy: SpaceRevokedNotice | null;
  history: SupervisionHistoryEntry[];
}

export const changeState = defineQuery<ChangeState>('changeState');
export const reportChange = defineUpdate<ChangeState, [ChangeReport]>('reportChange');
export const decideChange = defineUpdate<ChangeState, [ChangeDecision]>('decideChange');
