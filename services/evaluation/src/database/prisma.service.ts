import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaClient } from '.prisma/evaluation-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';

/** The evaluation service's own database. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor() {
    super({ adapter: prismaAdapter(connectionSettings('evaluation')) });
  }

  probe() {
    return { name: 'database', check: async () => void (await this.$queryRaw`SELECT 1`) };
  }

  async onModuleDestroy() {
    await this.$disconnect();
  }
}
