import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { EventEnvelope } from '@makerspace/contracts';
import { PollingLoop } from '@makerspace/database';
import { createKafka, EventPublisher } from '@makerspace/events';
import { PrismaService } from '../database/prisma.service';

/** How often the outbox is read when nothing woke the relay: what a crash or a broker outage left. */
const POLL_MS = 1_000;
const BATCH = 100;
/** A batch holds the relay's lock while the broker takes it; the producer waits out a short outage. */
const ROUND = { timeout: 120_000, maxWait: 10_000 };

/**
 * Publishes the events the service raised itself (`EventOutbox`, see raise-event.ts) to Kafka, in
 * the order they were raised, from start-up to shutdown.
 *
 * One relay at a time publishes (a transaction-scoped advisory lock, so replicas of the service
 * neither interleave nor double up); it marks the batch published in the same transaction once the
 * broker took it. A broker outage leaves the events unpublished, to be published when it is back. If
 * the process dies between the broker taking a batch and the mark, the batch is published again
 * with the same ids, which consumers drop.
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventRelay.name);
  private readonly publisher = new EventPublisher(createKafka('evaluation-outbox'));
  private readonly loop = new PollingLoop(
    async () => (await this.publishNext()) > 0,
    POLL_MS,
    (e) => this.logger.warn(`event outbox not relayed: ${String(e)}`),
  );

  constructor(private readonly prisma: PrismaService) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Publish what was just committed without waiting for the next poll. */
  wake(): void {
    this.loop.wake();
  }

  /** Finish the batch in hand, then stop; what is left is published after the next start. */
  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    await this.publisher.disconnect();
  }

  /** Publish the oldest unpublished events, unless another relay holds the lock; answers how many. */
  private publishNext(): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('EventOutbox')) AS "locked"`;
      if (!locked) return 0;
      const rows = await tx.eventOutbox.findMany({
        where: { publishedAt: null },
        orderBy: { seq: 'asc' },
        take: BATCH,
        select: { eventId: true, envelope: true },
      });
      if (rows.length === 0) return 0;
      await this.publisher.publish(...rows.map((r) => r.envelope as unknown as EventEnvelope));
      await tx.eventOutbox.updateMany({ where: { eventId: { in: rows.map((r) => r.eventId) } }, data: { publishedAt: new Date() } });
      return rows.length;
    }, ROUND);
  }
}
