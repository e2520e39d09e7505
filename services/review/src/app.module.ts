import { Module } from '@nestjs/common';
import { AuditController, auditProviders, DECISION_SETTLEMENTS, DECISION_WORKFLOWS } from '@makerspace/audit';
import { temporalSettings } from '@makerspace/config';
import { kafkaProbe } from '@makerspace/events';
import { HEALTH_IMPORTS, HealthController, READINESS_PROBES } from '@makerspace/http';
import { DirectoryReader, directorySettings, KeycloakDirectory } from '@makerspace/identity';
import { TemporalGateway } from '@makerspace/temporal';
import { ApplicationsController } from './applications/applications.controller';
import { DisqualificationService } from './applications/disqualification.service';
import { HistoryService } from './applications/history.service';
import { PrismaService } from './database/prisma.service';
import { DecisionService } from './decisions/decision.service';
import { DecisionsController } from './decisions/decisions.controller';
import { ExpertPool } from './experts/expert-pool';
import { ExpertsController } from './experts/experts.controller';
import { FilingWorkflows } from './filing/filing-workflows';
import { FilingNumbers } from './meetings/filing-numbers';
import { ITEM_RECORDED, settleMeetingDecision } from './meetings/meeting-items';
import { MeetingService } from './meetings/meeting.service';
import { MeetingsController } from './meetings/meetings.controller';
import { OverdueTasksMetric } from './tasks/overdue-tasks-metric';
import { TaskConsumer } from './tasks/task-consumer';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';

@Module({
  imports: [...HEALTH_IMPORTS],
  controllers: [HealthController, TasksController, DecisionsController, ApplicationsController, MeetingsController, ExpertsController, AuditController],
  providers: [
    PrismaService,
    ...auditProviders(PrismaService),
    TaskConsumer,
    { provide: TemporalGateway, useFactory: () => new TemporalGateway(temporalSettings()) },
    { provide: DECISION_WORKFLOWS, inject: [TemporalGateway], useFactory: (temporal: TemporalGateway) => () => temporal.client() },
    { provide: DECISION_SETTLEMENTS, useValue: { [ITEM_RECORDED]: settleMeetingDecision } },
    FilingWorkflows,
    { provide: DirectoryReader, useFactory: () => new KeycloakDirectory(directorySettings('DIRECTORY')) },
    ExpertPool,
    TasksService,
    DecisionService,
    DisqualificationService,
    HistoryService,
    FilingNumbers,
    MeetingService,
    OverdueTasksMetric,
    {
      provide: READINESS_PROBES,
      inject: [PrismaService, TaskConsumer, TemporalGateway],
      useFactory: (prisma: PrismaService, tasks: TaskConsumer, temporal: TemporalGateway) => [prisma.probe(), kafkaProbe(tasks.kafka), temporal.probe()],
    },
  ],
})
export class AppModule {}
