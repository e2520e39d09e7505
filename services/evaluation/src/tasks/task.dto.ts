import { z } from 'zod';

// The parsed query's type has a name of its own: a parameter typed by a name that is also a value
// would hand that value (the schema) to the OpenAPI scanner as if it were a class.
export const TaskList = z.object({
  status: z.enum(['OPEN', 'DONE']).default('OPEN'),
  stage: z.enum(['SELF_REPORT_CHECK', 'EXPERT_REVIEW', 'ON_SITE_CHECK', 'RESULT_CONFIRMATION', 'CHANGE_REVIEW', 'OVERDUE_CHANGE']).optional(),
  spaceId: z.string().max(100).optional(),
});
export type TaskListFilter = z.infer<typeof TaskList>;
