import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { consumerGroupOf } from '@makerspace/config';
import { TOPICS } from '@makerspace/contracts';
import { EventConsumer, createKafka } from '@makerspace/events';
import { PrismaService } from '../database/prisma.service';
import { projectEvent } from './project-event';

/**
 * Keeps the supervision read models (consumer group `evaluation`): filed spaces from the filing
 * events, evaluations and cycles from the evaluation events, revocations, recommendations and
 * changes from the space events.
 */
@Injectable()
export class SupervisionConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SupervisionConsumer.name);
  readonly kafka = createKafka('evaluation');
  private readonly consumer: EventConsumer;

  constructor(prisma: PrismaService) {
    this.consumer = new EventConsumer(this.kafka, {
      groupId: consumerGroupOf('evaluation'),
      topics: [TOPICS.filing, TOPICS.space, TOPICS.evaluation],
      handle: (event) => projectEvent(prisma, event),
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
