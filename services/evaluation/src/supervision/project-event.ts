import type { EventEnvelope, EventType } from '@makerspace/contracts';
import type { PrismaService } from '../database/prisma.service';
import { changeProjections } from '../changes/change-projection';
import { cycleProjections } from '../cycles/cycle-projection';
import { evaluationProjections } from '../evaluations/evaluation-projection';
import { recommendationProjections } from '../recommendations/recommendation-projection';
import { spaceProjections } from '../spaces/space-projection';
import { taskProjections } from '../tasks/task-projection';
import type { Projections, Tx } from './projection';

const PROJECTIONS: Projections[] = [spaceProjections, evaluationProjections, cycleProjections, recommendationProjections, changeProjections, taskProjections];

type Handler = (tx: Tx, e: EventEnvelope) => Promise<void>;

/**
 * Apply one event to the read models exactly once: the processed-event row and the effects are
 * written in one transaction, so a redelivered event finds its id and changes nothing. An event
 * several read models follow (space.revoked: the space and the change that revoked it) reaches each.
 */
export async function projectEvent(prisma: PrismaService, event: EventEnvelope): Promise<void> {
  const handlers = PROJECTIONS.map((p) => p[event.type as EventType] as Handler | undefined).filter((h): h is Handler => h !== undefined);
  if (handlers.length === 0) return;
  await prisma.$transaction(async (tx) => {
    const inserted = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
    if (inserted.count === 0) return;
    for (const handle of handlers) await handle(tx, event);
  });
}
