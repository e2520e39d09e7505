import { z } from 'zod';
import { ChangeKind, Evidence, SpaceRef } from './supervision-shapes';

/**
 * Payloads of the supervision of filed spaces (Art. 7 yearly evaluation, Art. 8 changes,
 * revocation), one schema per event type. A space's events have the space id as subject; an
 * evaluation cycle's have its workflow id (`evaluation-<year>`).
 */
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Year = z.number().int().min(2000).max(9998);
const Grade = z.string().regex(/^[A-Z]$/);
const Bilingual = z.object({ zh: z.string(), en: z.string() });
const Reason = z.object({ text: z.string().min(1), article: z.string().optional() });

const EvaluationRef = SpaceRef.extend({ year: Year });

/** A reason of the scorecard: the article, the Art. 5 rule when it is a continuing condition. */
const ScoringReason = z.object({ article: z.string(), ruleId: z.string().optional(), message: Bilingual });

const ChangeRef = SpaceRef.extend({
  changeId: z.string().min(1),
  kind: ChangeKind,
  effectiveOn: CalendarDate,
  /** Art. 8: the last day to report the change. */
  deadline: CalendarDate,
});

/** The change as the workflow validated it (policy `SpaceChange`: kind, effectiveOn and the new values). */
const ChangeValues = z.record(z.string(), z.unknown());

/**
 * A staff task of supervision (Art. 7, Art. 8): the district's check of a self-report, an expert
 * review or on-site check, the city's confirmation of a result, the review of a change or the
 * decision on an overdue one. `taskId` is `<workflowId>/<stage>`; `scope` is the district's
 * division code for a district task, the expert's id for an expert's.
 */
const TaskRef = SpaceRef.extend({
  taskId: z.string().min(1),
  workflowId: z.string().min(1),
  stage: z.enum(['SELF_REPORT_CHECK', 'EXPERT_REVIEW', 'ON_SITE_CHECK', 'RESULT_CONFIRMATION', 'CHANGE_REVIEW', 'OVERDUE_CHANGE']),
  assigneeRole: z.string().min(1),
  scope: z.string().nullable(),
  dueOn: CalendarDate,
});

/** Why a supervision workflow ended before its own end: the space's status was revoked by another. */
const EndedByRevocation = z.object({ endedOn: CalendarDate, revokedOn: CalendarDate, article: z.enum(['Art. 7', 'Art. 8']) });

export const supervisionEvents = {
  'evaluation.cycle.opened': z.object({
    year: Year,
    rulesetId: z.string(),
    rulesetVersion: z.number().int(),
    openedOn: CalendarDate,
    selfReportDueOn: CalendarDate,
  }),
  /** Every space under supervision has been asked for its report (the cycle's fan-out is done). */
  'evaluation.cycle.all-requested': z.object({ year: Year, spaces: z.number().int().nonnegative() }),
  'evaluation.self-report.requested': EvaluationRef.extend({ dueOn: CalendarDate }),
  'evaluation.self-report.reminded': EvaluationRef.extend({ dueOn: CalendarDate }),
  'evaluation.self-report.filed': EvaluationRef.extend({ filedOn: CalendarDate, report: z.record(z.string(), z.unknown()) }),
  'evaluation.self-report.missed': EvaluationRef.extend({ dueOn: CalendarDate }),
  /** Scored by the ruleset's scorecard; a city officer is to confirm or correct it. */
  'evaluation.result.scored': EvaluationRef.extend({
    rulesetId: z.string(),
    rulesetVersion: z.number().int(),
    reportFiled: z.boolean(),
    score: z.number(),
    grade: Grade,
    unqualified: z.boolean(),
    recommendedToProvince: z.boolean(),
    reasons: z.array(ScoringReason),
  }),
  'evaluation.result.confirmed': EvaluationRef.extend({
    score: z.number(),
    scoredGrade: Grade,
    grade: Grade,
    corrected: z.boolean(),
    unqualified: z.boolean(),
    /** The officer's reasons for a correction (empty when the scored grade is confirmed). */
    reasons: z.array(Reason),
    confirmedOn: CalendarDate,
  }),
  'space.revoked': SpaceRef.extend({
    revokedOn: CalendarDate,
    article: z.enum(['Art. 7', 'Art. 8']),
    reasons: z.array(Reason).min(1),
    /** The evaluated years that were unqualified (Art. 7), or the change that revoked (Art. 8). */
    unqualifiedYears: z.array(Year).optional(),
    changeId: z.string().optional(),
  }),
  /**
   * A space filed before the system, taken over at go-live (`POST /space-imports`): raised once per
   * space, in the import's transaction, for the public registry. `organisationId` is the operator's
   * USCC (its id in intake is not known); an imported space is ACTIVE (a past that revoked it is refused).
   */
  'space.imported': SpaceRef.extend({
    organisationName: z.string().min(1),
    uscc: z.string().min(1),
    filedOn: CalendarDate,
    status: z.literal('ACTIVE'),
    importId: z.string().min(1),
  }),
  /** Art. 7 优先推荐申报省级众创空间: the space goes on the year's provincial recommendation list. */
  'space.recommended': EvaluationRef.extend({ grade: Grade, score: z.number() }),
  'change.registered': ChangeRef.extend({ source: z.enum(['OPERATOR', 'STAFF']), change: ChangeValues }),
  'change.reminded': ChangeRef,
  'change.reported': ChangeRef.extend({
    reportedOn: CalendarDate,
    inTime: z.boolean(),
    change: ChangeValues,
    evidence: z.array(Evidence),
  }),
  /** The deadline passed unreported: a city officer decides (revoke, or accept late with reasons). */
  'change.deadline.missed': ChangeRef,
  'change.late-accepted': ChangeRef.extend({ reasons: z.array(Reason).min(1) }),
  /** A city officer is to review the change; the Art. 5 re-check is attached (null: no figures on record). */
  'change.review.opened': ChangeRef.extend({
    checkOutcome: z.enum(['APPROVE', 'REVOKE']).nullable(),
    failedRules: z.array(z.object({ ruleId: z.string(), article: z.string(), message: Bilingual })),
  }),
  'change.approved': ChangeRef.extend({ approvedOn: CalendarDate, change: ChangeValues, reasons: z.array(Reason) }),
  /** The space was revoked (by an evaluation or another change) before this change was decided. */
  'change.ended': ChangeRef.extend(EndedByRevocation.shape),
  /** The district department's first check of a filed self-report (Art. 7, as in filing). */
  'evaluation.self-report.checked': EvaluationRef.extend({ outcome: z.enum(['PASS', 'CONCERNS']), reasons: z.array(Reason), checkedOn: CalendarDate }),
  /** A city officer asks for an expert review or an on-site check before confirming (Art. 7). */
  'evaluation.review.ordered': EvaluationRef.extend({
    kind: z.enum(['EXPERT_REVIEW', 'ON_SITE_CHECK']),
    assigneeId: z.string().nullable(),
    orderedOn: CalendarDate,
  }),
  'evaluation.review.recorded': EvaluationRef.extend({
    kind: z.enum(['EXPERT_REVIEW', 'ON_SITE_CHECK']),
    findings: z.array(Reason).min(1),
    suggestedGrade: Grade.nullable(),
    recordedOn: CalendarDate,
  }),
  /** The space was revoked (by a change or another year) before this evaluation was confirmed. */
  'evaluation.ended': EvaluationRef.extend(EndedByRevocation.shape),
  'space.task.opened': TaskRef.extend({ openedOn: CalendarDate, title: Bilingual }),
  'space.task.reminded': TaskRef,
  'space.task.overdue': TaskRef,
  /** Still open after the grace days: the task goes to `to` (a city officer may now do it). */
  'space.task.escalated': TaskRef.extend({ from: z.string(), to: z.string() }),
  /** Done, or cancelled by the end of its workflow. */
  'space.task.completed': TaskRef.extend({ outcome: z.string() }),
} as const;
