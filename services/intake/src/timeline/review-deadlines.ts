import { isEvent, type EventEnvelope } from '@makerspace/contracts';
import type { Prisma } from '.prisma/intake-client';

/**
 * Keeps the due date of each review task of an application (`task.opened`) until the task is
 * done (`task.completed`), for the search's overdue filter. Called once per event id, inside the
 * transaction that records it on the timeline.
 */
export async function projectReviewDeadline(tx: Prisma.TransactionClient, event: EventEnvelope): Promise<void> {
  if (isEvent(event, 'task.opened')) {
    const { taskId, applicationId, stage, dueOn } = event.payload;
    await tx.reviewDeadline.createMany({ data: [{ taskId, applicationId, stage, dueOn }], skipDuplicates: true });
  } else if (isEvent(event, 'task.completed')) {
    await tx.reviewDeadline.updateMany({ where: { taskId: event.payload.taskId, closedAt: null }, data: { closedAt: new Date(event.occurredAt) } });
  }
}
