import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaClient } from '.prisma/intake-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';

/** The intake service's own database. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor() {
    super({ adapter: prismaAdapter(connectionSettings('intake')) });
  }

  probe() {
    return { name: 'database', check: async () => void (await this.$queryRaw`SELECT 1`) };
  }

  async onModuleDestroy() {
    await this.$disconnect();
  }
}
