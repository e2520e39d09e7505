import { z } from 'zod';

/** What the intake service hands the filing workflow when an application is submitted. */
export const FilingInput = z.object({
  applicationId: z.string().min(1),
  organisationId: z.string().min(1),
  applicantUserId: z.string().min(1),
  uscc: z.string().length(18),
  spaceName: z.string().min(1),
  divisionCode: z.string().min(1),
  rulesetId: z.string().min(1),
  rulesetVersion: z.number().int().positive(),
  submittedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /**
   * The operating organisation as declared (Art. 5(1)); optional so that procedures started
   * before it was handed over still replay.
   */
  organisation: z
    .object({ uscc: z.string().length(18), registeredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), independentLegalPerson: z.boolean() })
    .optional(),
  /** The declared figures as submitted (Art. 5), checked against on site. */
  figures: z.record(z.string(), z.unknown()),
});
export type FilingInput = z.infer<typeof FilingInput>;
