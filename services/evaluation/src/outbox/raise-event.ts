import { checkEvent, type EventEnvelope } from '@makerspace/contracts';
import type { Prisma } from '.prisma/evaluation-client';
import type { Tx } from '../supervision/projection';

/**
 * Raises an event in the transaction of the change it announces: its outbox row commits with the
 * change or rolls back with it, and the event relay publishes it once committed. The event is
 * checked against the catalogue here, so one that could never be published fails the change
 * instead of holding up the relay. An id already in the outbox (ids are deterministic) is left as it is.
 */
export async function raiseEvent(tx: Tx, event: EventEnvelope): Promise<void> {
  const check = checkEvent(event);
  if (!check.ok) throw new Error(`refusing to raise ${event.type} ${event.id}: ${check.reason}`);
  await tx.eventOutbox.createMany({
    data: [{ eventId: event.id, type: event.type, subject: event.subject, envelope: check.event as unknown as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
}
