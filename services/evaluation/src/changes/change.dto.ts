import { z } from 'zod';
import { ChangeDecision, ChangeReport, Evidence } from '@makerspace/contracts';
import { SpaceChange } from '@makerspace/policy';

/**
 * A change of a space (Art. 8): reported by its operator with evidence, or registered by a city
 * officer who found it (evidence belongs to the operator's report, so a registration has none).
 * A client may choose the change id, so a repeated request starts nothing new.
 */
export const ChangeRegistration = z
  .object({
    changeId: z.uuid().optional(),
    change: SpaceChange,
    evidence: z.array(Evidence).max(50).default([]),
    note: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'ChangeRegistration' });
export type ChangeRegistration = z.infer<typeof ChangeRegistration>;

/** The operator reports a change staff registered; the workflow checks it against the registration. */
export const ChangeReportBody = ChangeReport.omit({ actor: true }).extend({ change: SpaceChange }).meta({ id: 'ChangeReportBody' });
export type ChangeReportBody = z.infer<typeof ChangeReportBody>;

export const ChangeDecisionBody = ChangeDecision.omit({ actor: true }).meta({ id: 'ChangeDecisionBody' });
export type ChangeDecisionBody = z.infer<typeof ChangeDecisionBody>;

// The parsed queries' types have names of their own: a parameter typed by a name that is also a
// value would hand that value (the schema) to the OpenAPI scanner as if it were a class.
export const ChangeList = z.object({
  status: z.enum(['AWAITING_REPORT', 'OVERDUE', 'IN_REVIEW', 'APPROVED', 'REVOKED']).optional(),
  spaceId: z.string().max(100).optional(),
});
export type ChangeListFilter = z.infer<typeof ChangeList>;
