import { randomUUID } from 'node:crypto';
import { AuditEntry, AuditRecord, GENESIS_HASH } from './audit-entry';
import { entryHash } from './entry-hash';
import { readAuditEntries } from './read-entries';
import type { SqlClient } from './sql-client';
import { storableJson, storableText } from './storable-json';

/**
 * Appends an entry to the service's audit chain inside the transaction `tx` that makes the change
 * it records: the change and its entry commit together or not at all.
 *
 * `audit_chain_end()` (a function of each audited service's database, see its migration) takes a
 * transaction-level advisory lock and then reads the chain's end: appends queue, the next one
 * reads the end only after the previous holder committed or rolled back, so two entries never name
 * the same predecessor. Lock and read are one round trip, the insert another. Append as the last
 * statement of the transaction, so the lock is held only for the insert and the commit, and never
 * while waiting for another lock.
 *
 * A record with an id of its own is appended once: when the chain already holds that id (read
 * under the lock, so two appends of it never both write), the entry stored is answered instead.
 */
export async function appendAuditEntry(tx: SqlClient, record: AuditRecord): Promise<AuditEntry> {
  const [end] = await tx.$queryRawUnsafe<{ at: Date; seq: number | null; hash: string | null }[]>(`SELECT "at", "seq", "hash" FROM audit_chain_end()`);
  if (record.id) {
    const [stored] = await readAuditEntries(tx, { id: record.id, limit: 1 });
    if (stored) return stored;
  }
  const entry: Omit<AuditEntry, 'hash'> = {
    id: record.id ?? randomUUID(),
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
