import { Module } from '@nestjs/common';
import { checkSettings } from '@makerspace/config';
import { HEALTH_IMPORTS, HealthController, READINESS_PROBES } from '@makerspace/http';
import { kafkaProbe } from '@makerspace/events';
import { DirectoryReader, directorySettings, KeycloakDirectory } from '@makerspace/identity';
import { PrismaService } from './database/prisma.service';
import { EmailRelay } from './email/email-relay';
import { EmailRelaySettings } from './email/email-relay-settings';
import { OutboxBacklogMetric } from './email/outbox-backlog-metric';
import { NotificationConsumer } from './events/notification-consumer';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';

@Module({
  imports: [...HEALTH_IMPORTS],
  controllers: [HealthController, InboxController],
  providers: [
    PrismaService,
    { provide: DirectoryReader, useFactory: () => new KeycloakDirectory(directorySettings('DIRECTORY')) },
    InboxService,
    NotificationConsumer,
    { provide: EmailRelaySettings, useFactory: () => new EmailRelaySettings(checkSettings('notification')) },
    EmailRelay,
    OutboxBacklogMetric,
    {
      provide: READINESS_PROBES,
      inject: [PrismaService, NotificationConsumer],
      useFactory: (prisma: PrismaService, consumer: NotificationConsumer) => [prisma.probe(), kafkaProbe(consumer.kafka)],
    },
  ],
})
export class AppModule {}
