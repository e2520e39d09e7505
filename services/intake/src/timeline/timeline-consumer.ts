import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventEnvelope, EventPayload, isEvent, isEventType, topicOf, TOPICS } from '@makerspace/contracts';
import { EventConsumer, createKafka } from '@makerspace/events';
import { Prisma } from '.prisma/intake-client';
import { PrismaService } from '../database/prisma.service';
import { projectRegistry } from '../registry/registry-projection';
import { projectSpaceRecord } from '../registry/space-record-projection';
import { statusAfter } from './application-status';

/**
 * Keeps each application's timeline, status and stage, the Art. 9 bans, and the public registry
 * and notices, from the filing events, and the registry entries of filed spaces from their
 * supervision events (consumer group `intake`). Idempotent: the timeline row's primary key is the
 * event id; a space's entry is set, never added to.
 */
@Injectable()
export class TimelineConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TimelineConsumer.name);
  readonly kafka = createKafka('intake');
  private readonly consumer: EventConsumer;

  constructor(private readonly prisma: PrismaService) {
    this.consumer = new EventConsumer(this.kafka, {
      groupId: process.env.INTAKE_GROUP_ID ?? 'intake',
      topics: [TOPICS.filing, TOPICS.space],
      handle: (event) => this.record(event),
      log: (m) => this.logger.warn(m),
    });
  }

  async record(event: EventEnvelope): Promise<void> {
    if (isEventType(event.type) && topicOf(event.type) === TOPICS.space) {
      await this.prisma.$transaction((tx) => projectSpaceRecord(tx, event));
      return;
    }
    const applicationId = (event.payload as { applicationId?: string }).applicationId;
    if (!applicationId) return;
    await this.prisma.$transaction(async (tx) => {
      const app = await tx.application.findUnique({ where: { id: applicationId }, select: { organisation: { select: { name: true } } } });
      if (!app) return; // not an application of this intake (e.g. imported records)
      const inserted = await tx.timelineEntry.createMany({
        data: [{ eventId: event.id, applicationId, type: event.type, occurredAt: new Date(event.occurredAt), payload: event.payload as Prisma.InputJsonValue }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return;
      const next = statusAfter(event);
      if (next) await tx.application.update({ where: { id: applicationId }, data: next });
      if (isEvent(event, 'application.disqualified')) await this.recordBan(tx, event.payload);
      await projectRegistry(tx, event, app.organisation.name);
    });
  }

  private async recordBan(tx: Prisma.TransactionClient, p: EventPayload<'application.disqualified'>) {
    const org = await tx.organisation.findUnique({ where: { id: p.organisationId } });
    if (!org) return;
    await tx.ban.createMany({
      data: [{ organisationId: org.id, uscc: org.uscc, applicationId: p.applicationId, decidedOn: p.decidedOn, endsOn: p.banEndsOn, reason: p.reasons.map((r) => r.text).join('; ') }],
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
