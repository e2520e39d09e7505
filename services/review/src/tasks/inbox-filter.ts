import { z } from 'zod';
import { FilingStage, TASK_KINDS } from '@makerspace/contracts';

// The parsed filter's type has a name of its own: a parameter typed by a name that is also a value
// would hand that value (the schema) to the OpenAPI scanner as if it were a class.
/** The inbox's filters, from the query string. */
export const InboxQuery = z.object({
  applicationId: z.uuid().optional(),
  stage: FilingStage.optional(),
  kind: z.enum(TASK_KINDS).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type InboxFilter = z.infer<typeof InboxQuery>;
