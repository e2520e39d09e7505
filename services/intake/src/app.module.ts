import { Module } from '@nestjs/common';
import { kafkaProbe } from '@makerspace/events';
import { HEALTH_IMPORTS, HealthController, READINESS_PROBES } from '@makerspace/http';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { PrecheckService } from './applications/precheck.service';
import { SubmissionService } from './applications/submission.service';
import { Clock, SystemClock } from './clock/clock';
import { PrismaService } from './database/prisma.service';
import { FilingStarter } from './filing/filing-starter';
import { IdempotencyService } from './idempotency/idempotency.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { TimelineConsumer } from './timeline/timeline-consumer';

@Module({
  imports: [...HEALTH_IMPORTS],
  controllers: [HealthController, OrganisationsController, ApplicationsController],
  providers: [
    PrismaService,
    { provide: Clock, useClass: SystemClock },
    OrganisationsService,
    ApplicationsService,
    PrecheckService,
    SubmissionService,
    IdempotencyService,
    FilingStarter,
    TimelineConsumer,
    {
      provide: READINESS_PROBES,
      inject: [PrismaService, TimelineConsumer, FilingStarter],
      useFactory: (prisma: PrismaService, timeline: TimelineConsumer, starter: FilingStarter) => [
        prisma.probe(),
        kafkaProbe(timeline.kafka),
        starter.temporal.probe(),
      ],
    },
  ],
})
export class AppModule {}
