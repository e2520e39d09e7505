import { Module } from '@nestjs/common';
import { kafkaProbe } from '@makerspace/events';
import { HEALTH_IMPORTS, HealthController, READINESS_PROBES } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';
import { PrismaService } from './database/prisma.service';
import { TaskConsumer } from './tasks/task-consumer';
import { TasksController } from './tasks/tasks.controller';

@Module({
  imports: [...HEALTH_IMPORTS],
  controllers: [HealthController, TasksController],
  providers: [
    PrismaService,
    TaskConsumer,
    { provide: TemporalGateway, useFactory: () => new TemporalGateway() },
    {
      provide: READINESS_PROBES,
      inject: [PrismaService, TaskConsumer, TemporalGateway],
      useFactory: (prisma: PrismaService, tasks: TaskConsumer, temporal: TemporalGateway) => [prisma.probe(), kafkaProbe(tasks.kafka), temporal.probe()],
    },
  ],
})
export class AppModule {}
