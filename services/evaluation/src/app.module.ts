import { Module } from '@nestjs/common';
import { kafkaProbe } from '@makerspace/events';
import { HEALTH_IMPORTS, HealthController, READINESS_PROBES } from '@makerspace/http';
import { TemporalGateway } from '@makerspace/temporal';
import { PrismaService } from './database/prisma.service';
import { SpaceConsumer } from './spaces/space-consumer';
import { SpacesController } from './spaces/spaces.controller';

@Module({
  imports: [...HEALTH_IMPORTS],
  controllers: [HealthController, SpacesController],
  providers: [
    PrismaService,
    SpaceConsumer,
    { provide: TemporalGateway, useFactory: () => new TemporalGateway() },
    {
      provide: READINESS_PROBES,
      inject: [PrismaService, SpaceConsumer, TemporalGateway],
      useFactory: (prisma: PrismaService, spaces: SpaceConsumer, temporal: TemporalGateway) => [prisma.probe(), kafkaProbe(spaces.kafka), temporal.probe()],
    },
  ],
})
export class AppModule {}
