import { z } from 'zod';
import { DeclaredFigures } from '@makerspace/policy';

/** An application's revision, as the database keeps it (a 32-bit integer). */
const Revision = z.number().int().positive().max(2_147_483_647);

export const ApplicationDraft = z
  .object({
    organisationId: z.uuid(),
    spaceName: z.string().trim().min(1).max(200),
    venueAddress: z.string().trim().min(1).max(500),
    divisionCode: z.string().trim().min(6).max(20),
    figures: DeclaredFigures,
  })
  .meta({ id: 'ApplicationDraft' });
export type ApplicationDraft = z.infer<typeof ApplicationDraft>;

export const ApplicationUpdate = ApplicationDraft.omit({ organisationId: true })
  .extend({
    /** The revision the edit was made on; a stale revision is refused rather than overwritten. */
    revision: Revision,
  })
  .meta({ id: 'ApplicationUpdate' });
export type ApplicationUpdate = z.infer<typeof ApplicationUpdate>;

/** The answer to a return for correction: the corrected figures, made on the revision given. */
export const Resubmit = z
  .object({
    figures: DeclaredFigures,
    note: z.string().trim().max(4000).optional(),
    revision: Revision,
  })
  .meta({ id: 'Resubmit' });
export type Resubmit = z.infer<typeof Resubmit>;

export const Withdraw = z.object({ reason: z.string().trim().max(2000).optional() }).meta({ id: 'Withdraw' });
export type Withdraw = z.infer<typeof Withdraw>;
