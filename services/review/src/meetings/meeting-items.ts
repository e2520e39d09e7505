import type { Prisma } from '.prisma/review-client';
import type { Settlement } from '@makerspace/audit';

/** The audit action of an item of a meeting record, decided or refused. */
export const ITEM_RECORDED = 'meeting.decision-recorded';

/** One application of a meeting record as the meeting's table keeps it: what was decided and what became of it. */
export interface MeetingItemRow {
  meetingId: string;
  applicationId: string;
  heldOn: string;
  taskId: string;
  decision: string;
  reasons: unknown;
  outcome: 'DECIDED' | 'REFUSED';
  filingNumber: string | null;
  error?: unknown;
}

/**
 * Keeps an item's result on its meeting; a DECIDED result is never overwritten (a concurrent retry
 * may have been refused). False when nothing changed.
 */
export async function keepMeetingItem(tx: Prisma.TransactionClient, row: MeetingItemRow): Promise<boolean> {
  const key = { meetingId: row.meetingId, applicationId: row.applicationId };
  const data = {
    taskId: row.taskId,
    decision: row.decision,
    reasons: row.reasons as Prisma.InputJsonValue,
    outcome: row.outcome,
    filingNumber: row.filingNumber,
    error: (row.error ?? undefined) as Prisma.InputJsonValue | undefined,
  };
  const created = await tx.meetingDecision.createMany({ data: [{ ...key, ...data }], skipDuplicates: true });
  return created.count > 0 || (await tx.meetingDecision.updateMany({ where: { ...key, outcome: { not: 'DECIDED' } }, data })).count > 0;
}

/** A meeting's decision taken by its workflow is kept on the meeting, in its audit entry's transaction. */
export const settleMeetingDecision: Settlement = async (tx, _answer, decision) => {
  const row = decision.entry.outcome!.fields as unknown as MeetingItemRow;
  await keepMeetingItem(tx as unknown as Prisma.TransactionClient, row);
  return row;
};
