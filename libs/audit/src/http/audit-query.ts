import { z } from 'zod';
import type { AuditFilter } from '../chain/read-entries';

const SHANGHAI_DAY_MS = 24 * 60 * 60 * 1000;

/** An instant, or a calendar day in Asia/Shanghai (its start, or for an end its whole day). */
const Instant = (day: 'start' | 'end') =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((v) => {
    if (v.includes('T')) return new Date(v);
    const start = new Date(`${v}T00:00:00+08:00`).getTime();
    return new Date(day === 'start' ? start : start + SHANGHAI_DAY_MS);
  });

const Search = {
  /** The id of the record the entries are about: an application, organisation, task, meeting, space… */
  subject: z.string().trim().min(1).max(200).optional(),
  /** From this instant on (a date: from its start in Asia/Shanghai). */
  from: Instant('start').optional(),
  /** Before this instant (a date: up to the end of that day in Asia/Shanghai). */
  to: Instant('end').optional(),
};

// The parsed queries' types have names of their own: a parameter typed by a name that is also a
// value would hand that value (the schema) to the OpenAPI scanner as if it were a class.
export const AuditQuery = z.object({
  ...Search,
  /** The last seq of the previous page. */
  after: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditSearch = z.infer<typeof AuditQuery>;

export const AuditExportQuery = z.object(Search);
export type AuditExportSearch = z.infer<typeof AuditExportQuery>;

/** The entries a search asks for, `pageSize` at a time. */
export function auditFilter(q: AuditExportSearch, pageSize: number, afterSeq?: number): AuditFilter {
  return { subjectId: q.subject, from: q.from, to: q.to, afterSeq, limit: pageSize };
}
