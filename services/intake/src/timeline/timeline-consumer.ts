import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { consumerGroupOf } from '@makerspace/config';
import { EventEnvelope, EventPayload, isEvent, isEventType, topicOf, TOPICS } from '@makerspace/contracts';
import { EventConsumer, createKafka } from '@makerspace/events';
import { Prisma } from '.prisma/intake-client';
import { PrismaService } from '../database/prisma.service';
import { DocumentIssuer } from '../documents/document-issuer';
import { projectRegistry } from '../registry/registry-projection';
import { projectSpaceRecord } from '../registry/space-record-projection';
import { statusAfter } from './application-status';
import { projectReviewDeadline } from './review-deadlines';

/**
 * Keeps each application's timeline, status and stage, its review tasks' due dates, the Art. 9
 * bans, and the public registry and notices, from the filing events, and the registry entries of filed spaces from their
 * supervision events (consumer group `intake`). Idempotent: the timeline row's primary key is the
 * event id; a space's entry is set, never added to. The official document a decision calls for (the
 * filing certificate, the decision not to file) is issued after its event is recorded, on every
 * delivery until it is there (the issuer skips one already issued), so a failure to issue it fails
 * the event, which is retried and, failing still, parked.
 */
@Injectable()
export class TimelineConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TimelineConsumer.name);
  readonly kafka = createKafka('intake');
  private readonly consumer: EventConsumer;

  constructor(
    private readonly prisma: PrismaService,
    private readonly documents: DocumentIssuer,
  ) {
    this.consumer = new EventConsumer(this.kafka, {
      groupId: consumerGroupOf('intake'),
      topics: [TOPICS.filing, TOPICS.space],
      handle: (event) => this.record(event),
      handleMany: (events) => this.recordMany(events),
      log: (m) => this.logger.warn(m),
    });
  }

  async record(event: EventEnvelope): Promise<void> {
    await this.recordMany([event]);
  }

  /**
   * The events of one partition that arrived together, in their order, in one transaction. Events
   * about applications that are not this intake's (imported records, say) are passed over after
   * one read, without a transaction.
   */
  async recordMany(events: EventEnvelope[]): Promise<void> {
    const spaceEvents = events.filter((e) => isEventType(e.type) && topicOf(e.type) === TOPICS.space);
    if (spaceEvents.length) await this.prisma.$transaction((tx) => projectEach(tx, spaceEvents));
    const filingEvents = events.filter((e) => !spaceEvents.includes(e) && applicationOf(e));
    if (!filingEvents.length) return;
    const ids = [...new Set(filingEvents.map((e) => applicationOf(e)!))];
    const known = await this.prisma.application.findMany({ where: { id: { in: ids } }, select: { id: true, organisation: { select: { name: true } } } });
    if (!known.length) return;
    const organisationOf = new Map(known.map((a) => [a.id, a.organisation.name]));
    const ours = filingEvents.filter((e) => organisationOf.has(applicationOf(e)!));
    await this.prisma.$transaction(async (tx) => {
      const inserted = await tx.timelineEntry.createManyAndReturn({
        data: ours.map((event) => ({
          eventId: event.id,
          applicationId: applicationOf(event)!,
          type: event.type,
          occurredAt: new Date(event.occurredAt),
          payload: event.payload as Prisma.InputJsonValue,
        })),
        skipDuplicates: true,
        select: { eventId: true },
      });
      const fresh = new Set(inserted.map((row) => row.eventId));
      for (const event of ours) {
        if (!fresh.has(event.id)) continue; // recorded before: its effects are in place
        const applicationId = applicationOf(event)!;
        const next = statusAfter(event);
        if (next) await tx.application.update({ where: { id: applicationId }, data: next });
        if (isEvent(event, 'application.disqualified')) await this.recordBan(tx, event.payload);
        await projectReviewDeadline(tx, event);
        await projectRegistry(tx, event, organisationOf.get(applicationId)!);
      }
    });
    for (const event of ours) await this.documents.issueFor(event);
  }

  private async recordBan(tx: Prisma.TransactionClient, p: EventPayload<'application.disqualified'>) {
    const org = await tx.organisation.findUnique({ where: { id: p.organisationId } });
    if (!org) return;
    await tx.ban.createMany({
      data: [
        {
          organisationId: org.id,
          uscc: org.uscc,
          applicationId: p.applicationId,
          decidedOn: p.decidedOn,
          endsOn: p.banEndsOn,
          reason: p.reasons.map((r) => r.text).join('; '),
        },
      ],
      skipDuplicates: true,
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  /** Stop consuming before the database closes. */
  async onModuleDestroy() {
    await this.consumer.stop();
  }
}

const applicationOf = (event: EventEnvelope): string | undefined => (event.payload as { applicationId?: string }).applicationId;

async function projectEach(tx: Prisma.TransactionClient, events: EventEnvelope[]): Promise<void> {
  for (const event of events) await projectSpaceRecord(tx, event);
}
