import type { AuditEntry } from './audit-entry';
import type { SqlClient } from './sql-client';

/** Which entries to read: a subject, a time range [from, to), and a page after the sequence number given. */
export interface AuditFilter {
  /** One entry, by its id. */
  id?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  afterSeq?: number;
  limit: number;
}

// Prisma's raw queries and pg give jsonb parsed and timestamptz as a Date.
type Row = Omit<AuditEntry, 'at'> & { at: Date | string };

/** Entries in chain order (by seq), a page at a time. */
export async function readAuditEntries(db: SqlClient, filter: AuditFilter): Promise<AuditEntry[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  if (filter.id !== undefined) where.push(`"id" = ${param(filter.id, 'text')}`);
  if (filter.subjectId !== undefined) where.push(`"subjectId" = ${param(filter.subjectId, 'text')}`);
  if (filter.from) where.push(`"at" >= ${param(filter.from.toISOString(), 'timestamptz')}`);
  if (filter.to) where.push(`"at" < ${param(filter.to.toISOString(), 'timestamptz')}`);
  if (filter.afterSeq !== undefined) where.push(`"seq" > ${param(filter.afterSeq, 'int')}`);
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT "id", "seq", "at", "actorId", "actorRole", "action", "subjectType", "subjectId", "reason", "before", "after", "prevHash", "hash"
       FROM "AuditEntry" ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY "seq" LIMIT ${param(filter.limit, 'int')}`,
    ...values,
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq), at: new Date(r.at) }));
}
