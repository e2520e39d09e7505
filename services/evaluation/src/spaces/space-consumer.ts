import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TOPICS } from '@makerspace/contracts';
import { EventConsumer, createKafka } from '@makerspace/events';
import { PrismaService } from '../database/prisma.service';
import { projectSpaceEvent } from './space-projection';

/** Takes filed spaces under supervision from the filing events (consumer group `evaluation`). */
@Injectable()
export class SpaceConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SpaceConsumer.name);
  readonly kafka = createKafka('evaluation');
  private readonly consumer: EventConsumer;

  constructor(prisma: PrismaService) {
    this.consumer = new EventConsumer(this.kafka, {
      groupId: process.env.EVALUATION_GROUP_ID ?? 'evaluation',
      topics: [TOPICS.filing, TOPICS.space],
      handle: (event) => projectSpaceEvent(prisma, event),
      log: (m) => this.logger.warn(m),
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  async onApplicationShutdown() {
    await this.consumer.stop();
  }
}
