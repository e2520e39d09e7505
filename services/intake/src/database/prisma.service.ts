import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '.prisma/intake-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';

/**
 * The intake service's own database. It closes last, at application shutdown, after the timeline
 * consumer has stopped working with it (it stops when the module is destroyed).
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor() {
    super({ adapter: prismaAdapter(connectionSettings('intake')) });
  }

  probe() {
    return { name: 'database', check: async () => void (await this.$queryRaw`SELECT 1`) };
  }

  async onApplicationShutdown() {
    await this.$disconnect();
  }
}
