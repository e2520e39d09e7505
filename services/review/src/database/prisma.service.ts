import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaClient } from '.prisma/review-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';

/** The review service's own database. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor() {
    super({ adapter: prismaAdapter(connectionSettings('review')) });
  }

  probe() {
    return { name: 'database', check: async () => void (await this.$queryRaw`SELECT 1`) };
  }

  async onModuleDestroy() {
    await this.$disconnect();
  }
}
