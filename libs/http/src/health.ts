import { Controller, Get, HttpException, HttpStatus, Inject, OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';

/** A dependency the service needs to do its work; `check` throws when it is not usable. */
export interface ReadinessProbe {
  name: string;
  check(): Promise<void>;
  /** Let go of a connection the probe opened for itself (a Kafka admin client). */
  close?(): Promise<void>;
}

export const READINESS_PROBES = Symbol('READINESS_PROBES');
const PROBE_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController implements OnModuleDestroy {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_PROBES) private readonly probes: ReadinessProbe[],
  ) {}

  /** A probe's own connection would otherwise keep the process from ending after the service closed. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.probes.map((p) => p.close?.().catch(() => undefined)));
  }

  /** The process is alive (no dependency is asked). */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Every dependency answers: database, Kafka, Temporal as the service uses them. Otherwise 503 in
   * the one error shape, naming what is down, with the report of every dependency beside it.
   */
  @Get('ready')
  @HealthCheck()
  async ready() {
    try {
      return await this.health.check(
        this.probes.map((p) => async () => {
          const session = this.indicators.check(p.name);
          try {
            await withTimeout(p.check(), PROBE_TIMEOUT_MS);
            return session.up();
          } catch (e) {
            return session.down({ message: e instanceof Error ? e.message : String(e) });
          }
        }),
      );
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      const report = e.getResponse() as HealthCheckResult;
      const down = Object.keys(report.error ?? {}).join(', ');
      throw new HttpException({ code: 'NOT_READY', message: `not ready: ${down} down`, ...report }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))),
  ]);
}

/**
 * What a service module adds for liveness and readiness: import `HEALTH_IMPORTS`, declare
 * `HealthController`, and provide READINESS_PROBES (its own database, Kafka, Temporal).
 */
export const HEALTH_IMPORTS = [TerminusModule.forRoot({ logger: false })];
