import type { SqlClient } from '../chain/sql-client';
import type { PendingDecision } from './pending-decision';

/**
 * The decisions sent to workflows and not yet settled, in the service's own database
 * ("PendingDecision", beside the audit chain): a row is written and committed before its message
 * leaves, and removed in the transaction that writes the decision's audit entry. A decision whose
 * id is already on the journal (a retry under the same id) is left as it was journaled.
 */
export async function journalDecision(db: SqlClient, decision: PendingDecision): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "PendingDecision" ("id", "workflowId", "message", "entry") VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT ("id") DO NOTHING`,
    decision.id,
    decision.workflowId,
    decision.message,
    JSON.stringify(decision.entry),
  );
}

/** Takes the decision off the journal; false when it was not on it (settled or forgotten already). */
export async function unjournalDecision(db: SqlClient, id: string): Promise<boolean> {
  return (await db.$executeRawUnsafe(`DELETE FROM "PendingDecision" WHERE "id" = $1`, id)) > 0;
}

/** The oldest decisions journaled before `before`: ones whose request did not settle them. */
export async function decisionsJournaledBefore(db: SqlClient, before: Date, limit: number): Promise<PendingDecision[]> {
  return db.$queryRawUnsafe<PendingDecision[]>(
    `SELECT "id", "workflowId", "message", "entry" FROM "PendingDecision" WHERE "sentAt" < $1::timestamptz ORDER BY "sentAt" LIMIT $2::int`,
    before.toISOString(),
    limit,
  );
}
