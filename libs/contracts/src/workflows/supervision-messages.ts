import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import { Evidence } from '../events/supervision-shapes';
import { ActingPerson, Reason } from './filing-messages';

/**
 * The supervision workflows' messages, defined once for the workflows and their caller (the
 * evaluation service). Every update is validated inside the workflow and refused, with nothing
 * changed, as an ApplicationFailure of type `Refused.<CODE>` (NOT_YOURS, WRONG_STAGE, CLOSED,
 * INVALID, REASON_REQUIRED) with `[{ field, article }]` as details.
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

/**
 * The space's status was revoked by another workflow (a change, or another year's evaluation):
 * a supervision workflow not yet decided ends, and closes its tasks. A second signal changes nothing.
 */
export const SpaceRevokedNotice = z.object({
  revokedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  article: z.enum(['Art. 7', 'Art. 8']),
  /** The workflow whose decision revoked the space. */
  revokedBy: z.string().min(1),
});
export type SpaceRevokedNotice = z.infer<typeof SpaceRevokedNotice>;
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

/** The operator's performance report (policy `SelfReport`), filed by its applicant user. */
export const SelfReportFiling = z.object({ actor: ActingPerson, report: z.record(z.string(), z.unknown()) });
export type SelfReportFiling = z.infer<typeof SelfReportFiling>;

/** A city officer confirms the scored grade, or corrects it to another grade with reasons. */
export const ResultConfirmation = z.object({
  actor: ActingPerson,
  outcome: z.enum(['CONFIRM', 'CORRECT']),
  grade: z.string().regex(/^[A-Z]$/).optional(),
  reasons: z.array(Reason).max(50).default([]),
});
export type ResultConfirmation = z.input<typeof ResultConfirmation>;

/** The district department's first check of a filed self-report: PASS, or CONCERNS with reasons. */
export const SelfReportCheck = z.object({
  actor: ActingPerson,
  outcome: z.enum(['PASS', 'CONCERNS']),
  reasons: z.array(Reason).max(50).default([]),
});
export type SelfReportCheck = z.input<typeof SelfReportCheck>;

/** A city officer asks for an expert review (naming the expert) or an on-site check before confirming. */
export const ReviewOrder = z.object({
  actor: ActingPerson,
  kind: z.enum(['EXPERT_REVIEW', 'ON_SITE_CHECK']),
  expertId: z.string().min(1).max(100).optional(),
});
export type ReviewOrder = z.input<typeof ReviewOrder>;

/** The expert's or the inspecting officer's findings, with the grade they would give if any. */
export const ReviewFindings = z.object({
  actor: ActingPerson,
  kind: z.enum(['EXPERT_REVIEW', 'ON_SITE_CHECK']),
  findings: z.array(Reason).min(1).max(50),
  suggestedGrade: z.string().regex(/^[A-Z]$/).optional(),
});
export type ReviewFindings = z.input<typeof ReviewFindings>;

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
  reviews: { kind: 'EXPERT_REVIEW' | 'ON_SITE_CHECK'; assigneeId: string | null; orderedOn: string; findings: Reason[] | null; suggestedGrade: string | null; by: string | null; on: string | null }[];
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

/** The operator reports a change registered by staff (same kind and effective date). */
export const ChangeReport = z.object({
  actor: ActingPerson,
  change: z.record(z.string(), z.unknown()),
  evidence: z.array(Evidence).max(50).default([]),
  note: z.string().max(4000).optional(),
});
export type ChangeReport = z.input<typeof ChangeReport>;

/**
 * A city officer's decision: on a missed deadline REVOKE or ACCEPT_LATE (with reasons); in review
 * APPROVE or REVOKE (reasons always to revoke, and to approve against a failed re-check).
 */
export const ChangeDecision = z.object({
  actor: ActingPerson,
  outcome: z.enum(['APPROVE', 'REVOKE', 'ACCEPT_LATE']),
  reasons: z.array(Reason).max(50).default([]),
});
export type ChangeDecision = z.input<typeof ChangeDecision>;

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
