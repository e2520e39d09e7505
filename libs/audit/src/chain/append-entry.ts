import { randomUUID } from 'node:crypto';
import { AuditEntry, AuditRecord, GENESIS_HASH } from './audit-entry';
import { entryHash } from './entry-hash';
import type { SqlClient } from './sql-client';
import { storableJson, storableText } from './storable-json';

/**
 * Appends an entry to the service's audit chain inside the transaction `tx` that makes the change
 * it records: the change and its entry commit together or not at all.
 *
 * A transaction-level advisory lock makes appends queue: the next one reads the chain's end only
 * after the previous holder committed or rolled back, so two entries never name the same
 * predecessor. Append as the last statement of the transaction, so the lock is held only for the
 * commit and never while waiting for another lock.
 */
export async function appendAuditEntry(tx: SqlClient, record: AuditRecord): Promise<AuditEntry> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('AuditEntry'))`);
  const [end] = await tx.$queryRawUnsafe<{ at: Date; seq: number | null; hash: string | null }[]>(
    `SELECT date_trunc('milliseconds', clock_timestamp()) AS "at", last."seq", last."hash"
       FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT "seq", "hash" FROM "AuditEntry" ORDER BY "seq" DESC LIMIT 1) AS last ON true`,
  );
  const entry: Omit<AuditEntry, 'hash'> = {
    id: randomUUID(),
    seq: (end.seq ?? 0) + 1,
    at: new Date(end.at),
    actorId: storableText(record.actor.id),
    actorRole: storableText(record.actor.role),
    action: storableText(record.action),
    subjectType: storableText(record.subject.type),
    subjectId: storableText(record.subject.id),
    reason: record.reason ? storableText(record.reason) : null,
    before: storableJson(record.before),
    after: storableJson(record.after),
    prevHash: end.hash ?? GENESIS_HASH,
  };
  const stored: AuditEntry = { ...entry, hash: entryHash(entry) };
  await tx.$executeRawUnsafe(
    `INSERT INTO "AuditEntry" ("id", "seq", "at", "actorId", "actorRole", "action", "subjectType", "subjectId", "reason", "before", "after", "prevHash", "hash")
     VALUES ($1, $2::int, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12, $13)`,
    stored.id,
    stored.seq,
    stored.at.toISOString(),
    stored.actorId,
    stored.actorRole,
    stored.action,
    stored.subjectType,
    stored.subjectId,
    stored.reason,
    jsonParam(stored.before),
    jsonParam(stored.after),
    stored.prevHash,
    stored.hash,
  );
  return stored;
}

/** jsonb as text, or SQL NULL where there is no record (before a creation, after a removal). */
const jsonParam = (value: AuditEntry['before']) => (value === null ? null : JSON.stringify(value));
