import { z } from 'zod';

const Paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

// The parsed queries' types have names of their own: a parameter typed by a name that is also a
// value would hand that value (the schema) to the OpenAPI scanner as if it were a class.
export const RegistryQuery = z.object({
  /** Part of the space's or the operating organisation's name, in any case. */
  name: z.string().trim().min(1).max(100).optional(),
  division: z.string().trim().min(1).max(20).optional(),
  status: z.enum(['ACTIVE', 'REVOKED']).optional(),
  /** Part of the filing number (备案编号), e.g. `〔2026〕007`. */
  filingNumber: z.string().trim().min(1).max(40).optional(),
  /** The year of filing. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ...Paging,
});
export type RegistrySearch = z.infer<typeof RegistryQuery>;

export const NoticeQuery = z.object({ division: z.string().trim().min(1).max(20).optional(), ...Paging });
export type NoticeSearch = z.infer<typeof NoticeQuery>;
