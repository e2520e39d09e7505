import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { reportGauge } from '@makerspace/observability';
import { PrismaService } from '../database/prisma.service';

/**
 * `notification_email_outbox{status}` on /metrics: e-mails waiting in the outbox (PENDING, or
 * SENDING while a relay holds them), and those given up on (FAILED), counted when /metrics is read.
 * Neither the sent ones nor those the directory had no address for (NO_ADDRESS) are waiting.
 */
@Injectable()
export class OutboxBacklogMetric implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(private readonly prisma: PrismaService) {}

  onModuleInit() {
    this.stop = reportGauge(
      { name: 'notification_email_outbox', help: 'E-mails in the outbox not sent, by status (PENDING, SENDING, FAILED).', labelNames: ['status'] as const },
      async () => {
        const rows = await this.prisma.emailOutbox.groupBy({ by: ['status'], where: { status: { notIn: ['SENT', 'NO_ADDRESS'] } }, _count: { _all: true } });
        return rows.map((r) => [{ status: r.status }, r._count._all]);
      },
    );
  }

  onModuleDestroy() {
    this.stop?.();
  }
}
