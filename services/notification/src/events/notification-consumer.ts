import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { consumerGroupOf } from '@makerspace/config';
import { TOPICS } from '@makerspace/contracts';
import { EventConsumer, createKafka } from '@makerspace/events';
import { PrismaService } from '../database/prisma.service';
import { recordNotices, recordNoticesOfMany } from '../inbox/record-notices';

/** Consumes every domain topic and turns events into notices (consumer group `notification`). */
@Injectable()
export class NotificationConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationConsumer.name);
  readonly kafka = createKafka('notification');
  private readonly consumer: EventConsumer;

  constructor(prisma: PrismaService) {
    this.consumer = new EventConsumer(this.kafka, {
      groupId: consumerGroupOf('notification'),
      topics: [TOPICS.filing, TOPICS.space, TOPICS.evaluation],
      handle: async (event) => void (await recordNotices(prisma, event)),
      handleMany: async (events) => void (await recordNoticesOfMany(prisma, events)),
      log: (m) => this.logger.warn(m),
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
