import { z } from 'zod';
import { FilingStage, TASK_KINDS } from '@makerspace/contracts';

/** The inbox's filters, from the query string. */
export const InboxFilter = z.object({
  applicationId: z.uuid().optional(),
  stage: FilingStage.optional(),
  kind: z.enum(TASK_KINDS).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type InboxFilter = z.infer<typeof InboxFilter>;
