import { z } from 'zod';
import { Evidence } from '../events/supervision-shapes';
import { ActingPerson, Reason } from './filing-message-schemas';

/*
 * The schemas of the supervision workflows' messages, apart from their definitions
 * (supervision-messages.ts): the services check a message by them before they send it; workflow
 * code imports no schema (workflows/src/kit/message-fields.ts says why).
 */

// ---- revocation, common to evaluations and changes ----------------------------------------------

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

// ---- one space's evaluation ------------------------------------------------------------------

/** The operator's performance report (policy `SelfReport`), filed by its applicant user. */
export const SelfReportFiling = z.object({ actor: ActingPerson, report: z.record(z.string(), z.unknown()) });
export type SelfReportFiling = z.infer<typeof SelfReportFiling>;

/** A city officer confirms the scored grade, or corrects it to another grade with reasons. */
export const ResultConfirmation = z.object({
  actor: ActingPerson,
  outcome: z.enum(['CONFIRM', 'CORRECT']),
  grade: z
    .string()
    .regex(/^[A-Z]$/)
    .optional(),
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
  suggestedGrade: z
    .string()
    .regex(/^[A-Z]$/)
    .optional(),
});
export type ReviewFindings = z.input<typeof ReviewFindings>;

// ---- one change -------------------------------------------------------------------------------

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
