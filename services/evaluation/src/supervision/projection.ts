import type { EventEnvelope, EventPayload, EventType } from '@makerspace/contracts';
import type { Prisma } from '.prisma/evaluation-client';

export type Tx = Prisma.TransactionClient;

/** How one event type changes the read models, inside the transaction that records its id. */
export type Projections = { [T in EventType]?: (tx: Tx, event: EventEnvelope<EventPayload<T>>) => Promise<void> };
