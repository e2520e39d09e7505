import type { EventEnvelope, EventPayload } from '@makerspace/contracts';
import type { Prisma } from '.prisma/intake-client';

/** Events that end a procedure, and with it any public notice of the application. */
const ENDINGS = ['application.filed', 'application.rejected', 'application.disqualified', 'application.withdrawn'];

/**
 * Keeps the public read models in step with the filing events, in the transaction that records
 * the event (so each event changes them once): a filed application enters the registry of filed
 * spaces, a public notice is listed from its opening until the procedure ends.
 */
export async function projectRegistry(tx: Prisma.TransactionClient, event: EventEnvelope, organisationName: string): Promise<void> {
  if (event.type === 'public-notice.opened') {
    const p = event.payload as EventPayload<'public-notice.opened'>;
    const notice = { spaceName: p.spaceName, organisationName, divisionCode: p.divisionCode, fromDate: p.from, untilDate: p.until };
    await tx.publicNotice.upsert({ where: { applicationId: p.applicationId }, create: { applicationId: p.applicationId, ...notice }, update: notice });
  }
  if (event.type === 'application.filed') {
    const p = event.payload as EventPayload<'application.filed'>;
    await tx.registryEntry.createMany({
      data: [
        {
          spaceId: p.spaceId,
          applicationId: p.applicationId,
          filingNumber: p.filingNumber,
          spaceName: p.spaceName,
          organisationName,
          divisionCode: p.divisionCode,
          filedOn: p.filedOn,
        },
      ],
      skipDuplicates: true,
    });
  }
  if (ENDINGS.includes(event.type)) {
    await tx.publicNotice.deleteMany({ where: { applicationId: (event.payload as { applicationId: string }).applicationId } });
  }
}
