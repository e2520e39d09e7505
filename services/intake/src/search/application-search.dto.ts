import { z } from 'zod';
import { APPLICATION_SORTS, APPLICATION_STATUSES, FilingStage } from '@makerspace/contracts';
import { ANSHAN_2020, routeToDistrict } from '@makerspace/policy';

// The parsed query's type has a name of its own: a parameter typed by a name that is also a value
// would hand that value (the schema) to the OpenAPI scanner as if it were a class.
/**
 * A search of applications (GET /applications). Every filter narrows; sorted by `sort` in
 * `order`, ties broken by the application's id, so pages never overlap.
 */
export const ApplicationSearchQuery = z.object({
  /** Part of the space's or the operating organisation's name, Chinese included, in any case. */
  name: z.string().trim().min(1).max(100).optional(),
  /** The organisation's unified social credit code, whole (checked by GB 32100-2015). */
  uscc: z.string().trim().toUpperCase().optional(),
  /** Part of the filed space's filing number (备案编号), e.g. `〔2026〕007`. */
  filingNumber: z.string().trim().min(1).max(40).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  stage: FilingStage.optional(),
  /** A county, district or development zone of the jurisdiction (Art. 6(1)), by its code. */
  division: z
    .string()
    .trim()
    .refine((code) => routeToDistrict(code, ANSHAN_2020) !== undefined, 'not a county, district or development zone of Anshan (Art. 6(1))')
    .optional(),
  /** The year of submission. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Under review with a task past its last day (true), or not (false). */
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(APPLICATION_SORTS).default('submittedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ApplicationSearch = z.infer<typeof ApplicationSearchQuery>;
