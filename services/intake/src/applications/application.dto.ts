import { z } from 'zod';
import { DeclaredFigures } from '@makerspace/policy';

export const ApplicationDraft = z.object({
  organisationId: z.uuid(),
  spaceName: z.string().trim().min(1).max(200),
  venueAddress: z.string().trim().min(1).max(500),
  divisionCode: z.string().trim().min(6).max(20),
  figures: DeclaredFigures,
});
export type ApplicationDraft = z.infer<typeof ApplicationDraft>;

export const ApplicationUpdate = ApplicationDraft.omit({ organisationId: true }).extend({
  /** The revision the edit was made on; a stale revision is refused rather than overwritten. */
  revision: z.number().int().positive(),
});
export type ApplicationUpdate = z.infer<typeof ApplicationUpdate>;
