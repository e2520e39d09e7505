import { z } from 'zod';

const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

// The parsed queries' types have names of their own: a parameter typed by a name that is also a
// value would hand that value (the schema) to the OpenAPI scanner as if it were a class.
export const SpaceList = z.object({
  status: z.enum(['ACTIVE', 'REVOKED']).optional(),
  divisionCode: z.string().max(20).optional(),
  /** The last space id of the previous page. */
  after: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type SpaceSearch = z.infer<typeof SpaceList>;

/** The spaces an evaluation cycle covers, page by page in id order. */
export const SupervisedSpaces = z.object({
  status: z.literal('ACTIVE'),
  filedOnOrBefore: CalendarDate,
  after: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export type SupervisedSpacesSearch = z.infer<typeof SupervisedSpaces>;
