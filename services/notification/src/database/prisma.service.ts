import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '.prisma/notification-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';

/**
 * The notification service's own database. It closes last, at application shutdown, after the
 * consumer and the e-mail relay have stopped working with it (they stop when the module is destroyed).
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor() {
    super({ adapter: prismaAdapter(connectionSettings('notification')) });
  }

  probe() {
    return { name: 'database', check: async () => void (await this.$queryRaw`SELECT 1`) };
  }

  async onApplicationShutdown() {
    await this.$disconnect();
  }
}
