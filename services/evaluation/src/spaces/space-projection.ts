import { EventEnvelope, isEvent } from '@makerspace/contracts';
import type { PrismaService } from '../database/prisma.service';

/** A filed application becomes a supervised maker space, once per event id. */
export async function projectSpaceEvent(prisma: PrismaService, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'application.filed')) return;
  const p = event.payload;
  await prisma.$transaction(async (tx) => {
    const inserted = await tx.processedEvent.createMany({ data: [{ eventId: event.id, type: event.type }], skipDuplicates: true });
    if (inserted.count === 0) return;
    await tx.space.upsert({
      where: { id: p.spaceId },
      create: { id: p.spaceId, filingNumber: p.filingNumber, applicationId: p.applicationId, organisationId: p.organisationId, name: p.spaceName, divisionCode: p.divisionCode, filedOn: p.filedOn, figures: {} },
      update: {},
    });
  });
}
