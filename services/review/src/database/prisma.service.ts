import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '.prisma/review-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';

/** The review service's own database. */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor() {
    super({ adapter: prismaAdapter(connectionSettings('review')) });
  }

  probe() {
    return { name: 'database', check: async () => void (await this.$queryRaw`SELECT 1`) };
  }

  /**
   * Last of all at shutdown: the event consumer stops before it (beforeApplicationShutdown), so
   * events in hand are projected rather than failed, retried and dead-lettered.
   */
  async onApplicationShutdown() {
    await this.$disconnect();
  }
}
