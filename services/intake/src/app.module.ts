import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditController, auditProviders, DECISION_SETTLEMENTS, DECISION_WORKFLOWS } from '@makerspace/audit';
import { checkSettings, directorySettings, temporalSettings } from '@makerspace/config';
import { kafkaProbe } from '@makerspace/events';
import { FILE_STORE_PROVIDER, FileStore, fileStoreProbe } from '@makerspace/files';
import { HEALTH_IMPORTS, HealthController, READINESS_PROBES } from '@makerspace/http';
import { KeycloakDirectory, OrganisationBinder } from '@makerspace/identity';
import { TemporalGateway } from '@makerspace/temporal';
import { APPLICATION_SETTLEMENTS } from './applications/application-settlements';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { PrecheckService } from './applications/precheck.service';
import { ResubmissionService } from './applications/resubmission.service';
import { SubmissionService } from './applications/submission.service';
import { WithdrawalService } from './applications/withdrawal.service';
import { Clock, SystemClock } from './clock/clock';
import { PrismaService } from './database/prisma.service';
import { DocumentIssuer } from './documents/document-issuer';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { SEAL_KEY_PROVIDER } from './documents/seal-key.provider';
import { VerificationController } from './documents/verification.controller';
import { VerificationService } from './documents/verification.service';
import { EvidenceController } from './evidence/evidence.controller';
import { EvidenceService } from './evidence/evidence.service';
import { FilingWorkflow } from './filing/filing-workflow';
import { IdempotencyService } from './idempotency/idempotency.service';
import { OrganisationBindingsController } from './organisations/organisation-bindings.controller';
import { OrganisationBindings } from './organisations/organisation-bindings.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { objectionRate } from './registry/objection-rate';
import { ObjectionsService } from './registry/objections.service';
import { PublicNoticesController } from './registry/public-notices.controller';
import { RegistryController } from './registry/registry.controller';
import { RegistryService } from './registry/registry.service';
import { ApplicationSearchService } from './search/application-search.service';
import { TimelineConsumer } from './timeline/timeline-consumer';

@Module({
  imports: [...HEALTH_IMPORTS, ThrottlerModule.forRootAsync({ useFactory: () => objectionRate(checkSettings('intake')) })],
  controllers: [
    HealthController,
    OrganisationsController,
    OrganisationBindingsController,
    ApplicationsController,
    EvidenceController,
    DocumentsController,
    VerificationController,
    RegistryController,
    PublicNoticesController,
    AuditController,
  ],
  providers: [
    PrismaService,
    ...auditProviders(PrismaService),
    { provide: Clock, useClass: SystemClock },
    OrganisationsService,
    { provide: OrganisationBinder, useFactory: () => new KeycloakDirectory(directorySettings('BINDING')) },
    OrganisationBindings,
    ApplicationsService,
    ApplicationSearchService,
    PrecheckService,
    SubmissionService,
    WithdrawalService,
    ResubmissionService,
    IdempotencyService,
    { provide: TemporalGateway, useFactory: () => new TemporalGateway(temporalSettings()) },
    FilingWorkflow,
    { provide: DECISION_WORKFLOWS, inject: [TemporalGateway], useFactory: (temporal: TemporalGateway) => () => temporal.client() },
    { provide: DECISION_SETTLEMENTS, useValue: APPLICATION_SETTLEMENTS },
    FILE_STORE_PROVIDER,
    EvidenceService,
    SEAL_KEY_PROVIDER,
    DocumentIssuer,
    DocumentsService,
    VerificationService,
    RegistryService,
    ObjectionsService,
    TimelineConsumer,
    {
      provide: READINESS_PROBES,
      inject: [PrismaService, TimelineConsumer, TemporalGateway, FileStore],
      useFactory: (prisma: PrismaService, timeline: TimelineConsumer, temporal: TemporalGateway, files: FileStore) => [
        prisma.probe(),
        kafkaProbe(timeline.kafka),
        temporal.probe(),
        fileStoreProbe(files),
      ],
    },
  ],
})
export class AppModule {}
