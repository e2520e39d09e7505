import { Module } from '@nestjs/common';
import { AuditController, auditProviders, DECISION_WORKFLOWS } from '@makerspace/audit';
import { temporalSettings } from '@makerspace/config';
import { kafkaProbe } from '@makerspace/events';
import { HEALTH_IMPORTS, HealthController, READINESS_PROBES } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';
import { SpaceAccess } from './access/space-access';
import { ChangeRegistrationService } from './changes/change-registration';
import { ChangesController } from './changes/changes.controller';
import { ChangesService } from './changes/changes.service';
import { CycleOpening } from './cycles/cycle-opening';
import { CycleProgress } from './cycles/cycle-progress';
import { CyclesController } from './cycles/cycles.controller';
import { EvaluationSchedule } from './cycles/evaluation-schedule';
import { ScheduleController } from './cycles/schedule.controller';
import { ScheduleSettingsService } from './cycles/schedule-settings';
import { PrismaService } from './database/prisma.service';
import { SpaceImporter } from './imports/space-importer';
import { SpaceImportService } from './imports/space-import.service';
import { SpaceImportsController } from './imports/space-imports.controller';
import { EvaluationsController } from './evaluations/evaluations.controller';
import { EvaluationsService } from './evaluations/evaluations.service';
import { EventRelay } from './outbox/event-relay';
import { RecommendationsController } from './recommendations/recommendations.controller';
import { RecommendationsService } from './recommendations/recommendations.service';
import { SpacesController } from './spaces/spaces.controller';
import { SpacesService } from './spaces/spaces.service';
import { SupervisionConsumer } from './supervision/supervision-consumer';
import { SupervisionDecisions } from './supervision/supervision-decisions';
import { SupervisionTasksService } from './tasks/supervision-tasks.service';
import { TasksController } from './tasks/tasks.controller';
import { SupervisionWorkflows } from './temporal/supervision-workflows';

@Module({
  imports: [...HEALTH_IMPORTS],
  controllers: [
    HealthController,
    SpacesController,
    CyclesController,
    ScheduleController,
    EvaluationsController,
    RecommendationsController,
    ChangesController,
    TasksController,
    SpaceImportsController,
    AuditController,
  ],
  providers: [
    PrismaService,
    ...auditProviders(PrismaService),
    SupervisionConsumer,
    { provide: TemporalGateway, useFactory: () => new TemporalGateway(temporalSettings()) },
    { provide: DECISION_WORKFLOWS, inject: [TemporalGateway], useFactory: (temporal: TemporalGateway) => () => temporal.client() },
    SupervisionWorkflows,
    SupervisionDecisions,
    EvaluationSchedule,
    SpaceAccess,
    CycleProgress,
    CycleOpening,
    ScheduleSettingsService,
    EvaluationsService,
    ChangesService,
    ChangeRegistrationService,
    SpacesService,
    SupervisionTasksService,
    RecommendationsService,
    SpaceImporter,
    SpaceImportService,
    EventRelay,
    {
      provide: READINESS_PROBES,
      inject: [PrismaService, SupervisionConsumer, TemporalGateway],
      useFactory: (prisma: PrismaService, consumer: SupervisionConsumer, temporal: TemporalGateway) => [
        prisma.probe(),
        kafkaProbe(consumer.kafka),
        temporal.probe(),
      ],
    },
  ],
})
export class AppModule {}
