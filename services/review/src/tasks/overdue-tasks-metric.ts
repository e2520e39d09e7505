import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { reportGauge } from '@makerspace/observability';
import { PrismaService } from '../database/prisma.service';

/**
 * `review_overdue_tasks{stage,district}` on /metrics: open tasks past their due date (the
 * workflow's task.overdue), by procedure stage and the application's district, counted from the
 * task inbox when /metrics is read.
 */
@Injectable()
export class OverdueTasksMetric implements OnModuleInit, OnModuleDestroy {
  private stop?: () => void;

  constructor(private readonly prisma: PrismaService) {}

  onModuleInit() {
    this.stop = reportGauge(
      {
        name: 'review_overdue_tasks',
        help: 'Open review tasks past their due date, by stage and district (division code of the venue).',
        labelNames: ['stage', 'district'] as const,
      },
      async () => {
        const rows = await this.prisma.$queryRaw<{ stage: string; district: string | null; count: bigint }[]>`
          SELECT t.stage, a."divisionCode" AS district, count(*) AS count
          FROM "Task" t LEFT JOIN "Application" a ON a.id = t."applicationId"
          WHERE t.status = 'OPEN' AND t.overdue
          GROUP BY t.stage, a."divisionCode"`;
        return rows.map((r) => [{ stage: r.stage, district: r.district ?? 'unknown' }, Number(r.count)]);
      },
    );
  }

  onModuleDestroy() {
    this.stop?.();
  }
}
