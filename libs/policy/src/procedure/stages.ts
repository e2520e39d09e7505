import { z } from 'zod';

/** The human stages of the filing procedure (Art. 6), each with its own due date. */
export const REVIEW_STAGES = [
  'PRELIMINARY_REVIEW',
  'RE_REVIEW',
  'ON_SITE_INSPECTION',
  'EXPERT_REVIEW',
  'OBJECTION_RESOLUTION',
  'DIRECTOR_MEETING',
  /** The applicant's turn after an application is returned for correction. */
  'CORRECTION',
] as const;
export const ReviewStage = z.enum(REVIEW_STAGES);
export type ReviewStage = z.infer<typeof ReviewStage>;

/**
 * The human tasks of supervision after filing (Art. 7, Art. 8), each with its own due date: the
 * district's first check of a self-report, the optional expert review and on-site check, the
 * city's confirmation of a result, the review of a change and the decision on an overdue one.
 */
export const SUPERVISION_STAGES = ['SELF_REPORT_CHECK', 'EXPERT_REVIEW', 'ON_SITE_CHECK', 'RESULT_CONFIRMATION', 'CHANGE_REVIEW', 'OVERDUE_CHANGE'] as const;
export const SupervisionStage = z.enum(SUPERVISION_STAGES);
export type SupervisionStage = z.infer<typeof SupervisionStage>;

/** Who works a stage or receives its escalation. */
export const ProcedureRole = z.enum(['APPLICANT', 'DISTRICT_OFFICER', 'CITY_OFFICER', 'EXPERT', 'DIRECTOR_MEETING']);
export type ProcedureRole = z.infer<typeof ProcedureRole>;
