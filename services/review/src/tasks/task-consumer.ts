import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { consumerGroupOf } from '@makerspace/config';
import { TOPICS } from '@makerspace/contracts';
import { EventConsumer, createKafka } from '@makerspace/events';
import { projectApplication } from '../applications/application-projection';
import { PrismaService } from '../database/prisma.service';
import { projectTaskEvent } from './task-projection';

/** Feeds the staff inbox and the applications' divisions from the filing events (consumer group `review`). */
@Injectable()
export class TaskConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TaskConsumer.name);
  readonly kafka = createKafka('review');
  private readonly consumer: EventConsumer;

  constructor(prisma: PrismaService) {
    this.consumer = new EventConsumer(this.kafka, {
      groupId: consumerGroupOf('review'),
      topics: [TOPICS.filing],
      handle: async (event) => {
        await projectApplication(prisma, event);
        await projectTaskEvent(prisma, event);
      },
      log: (m) => this.logger.warn(m),
    });
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  /** Before the database closes (PrismaService), so no event in hand fails for want of it. */
  async beforeApplicationShutdown() {
    await this.consumer.stop();
  }
}
