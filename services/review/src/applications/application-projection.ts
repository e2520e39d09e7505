import type { EventEnvelope } from '@makerspace/contracts';
import { isEvent } from '@makerspace/contracts';
import type { PrismaService } from '../database/prisma.service';

/**
 * Remembers the division of each submitted application, for district officers' jurisdiction, and
 * the applying organisation's USCC, for the expert panel's conflicts of interest, and its space's
 * name, by which the desks name it.
 */
export async function projectApplication(prisma: PrismaService, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'application.submitted')) return;
  const { applicationId, divisionCode, uscc, spaceName } = event.payload;
  await prisma.application.createMany({ data: [{ id: applicationId, divisionCode, uscc, spaceName }], skipDuplicates: true });
}
