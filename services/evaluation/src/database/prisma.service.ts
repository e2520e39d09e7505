import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '.prisma/evaluation-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';

/**
 * The evaluation service's own database. It closes last, at application shutdown, after the
 * supervision consumer and the event relay have stopped working with it (they stop when the module
 * is destroyed): closed under a relay's open transaction, the close waited for that transaction's
 * timeout.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor() {
    super({ adapter: prismaAdapter(connectionSettings('evaluation')) });
  }

  probe() {
    return { name: 'database', check: async () => void (await this.$queryRaw`SELECT 1`) };
  }

  async onApplicationShutdown() {
    await this.$disconnect();
  }
}
