import type { EventEnvelope, EventPayload } from '@makerspace/contracts';
import { isEvent } from '@makerspace/contracts';
import type { PrismaService } from '../database/prisma.service';

/**
 * Mirrors the workflows' tasks into the inbox table, once per event id (the processed-event row
 * and the change share one transaction).
 */
export async function projectTaskEvent(prisma: PrismaService, event: EventEnvelope): Promise<void> {
  if (!event.type.startsWith('task.')) return;
  await prisma.$transaction(async (tx) => {
    const inserted = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
    if (inserted.count === 0) return;
    if (isEvent(event, 'task.opened')) {
      const p: EventPayload<'task.opened'> = event.payload;
      await tx.task.upsert({
        where: { id: p.taskId },
        create: {
          id: p.taskId,
          applicationId: p.applicationId,
          stage: p.stage,
          kind: p.kind,
          assigneeRole: p.assigneeRole,
          scope: p.scope,
          assigneeId: p.assigneeId,
          titleZh: p.title.zh,
          titleEn: p.title.en,
          dueOn: p.dueOn,
          openedAt: new Date(event.occurredAt),
        },
        update: {},
      });
    } else if (isEvent(event, 'task.overdue')) {
      await tx.task.updateMany({ where: { id: event.payload.taskId }, data: { overdue: true } });
    } else if (isEvent(event, 'task.escalated')) {
      await tx.task.updateMany({ where: { id: event.payload.taskId }, data: { escalated: true } });
    } else if (isEvent(event, 'task.completed')) {
      await tx.task.updateMany({
        where: { id: event.payload.taskId },
        data: { status: 'DONE', outcome: event.payload.outcome, completedAt: new Date(event.occurredAt) },
      });
    }
  });
}
