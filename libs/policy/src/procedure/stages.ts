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

/** Who works a stage or receives its escalation. */
export const ProcedureRole = z.enum([
  'APPLICANT',
  'DISTRICT_OFFICER',
  'CITY_OFFICER',
  'EXPERT',
  'DIRECTOR_MEETING',
]);
export type ProcedureRole = z.infer<typeof ProcedureRole>;
