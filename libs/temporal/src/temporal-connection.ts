import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';

export interface TemporalSettings {
  address: string;
  namespace: string;
}

export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  return {
    address: env.TEMPORAL_ADDRESS ?? `127.0.0.1:${env.TEMPORAL_PORT ?? 7233}`,
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
  };
}

/**
 * While Temporal does not answer, a call gives up after about 1 s (4 attempts) where the client's
 * default (10 attempts) kept a request waiting about 20 s for its 503; the caller retries after
 * Retry-After instead. And the channel tries to reconnect at least every 2 s, where gRPC's backoff
 * grows to minutes: without it a service served again about 10 s after Temporal was back. Both
 * measured by the fault suite's Temporal restart (docs/faults.md).
 */
const CALL_ATTEMPTS = 4;
const MAX_RECONNECT_BACKOFF_MS = 2_000;

/**
 * A lazily connected Temporal client: a service starts even while Temporal is down, answers 503
 * for work that needs it, and connects on the next request once Temporal is back. Workflow
 * starts, updates, signals and queries carry the caller's trace context to the workflow.
 */
export class TemporalGateway {
  private connection?: Promise<Connection>;
  private clientInstance?: Client;

  constructor(private readonly settings: TemporalSettings = temporalSettings()) {}

  async client(): Promise<Client> {
    if (this.clientInstance) return this.clientInstance;
    this.connection ??= Connection.connect({
      address: this.settings.address,
      connectTimeout: 3_000,
      interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: CALL_ATTEMPTS }))],
      channelArgs: { 'grpc.max_reconnect_backoff_ms': MAX_RECONNECT_BACKOFF_MS },
    }).catch((e) => {
      this.connection = undefined;
      throw e;
    });
    const connection = await this.connection;
    this.clientInstance ??= new Client({ connection, namespace: this.settings.namespace, interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } });
    return this.clientInstance;
  }

  /** Readiness: the frontend answers a health check. */
  probe() {
    return {
      name: 'temporal',
      check: async (): Promise<void> => {
        await this.client();
        const connection = await this.connection!;
        await connection.healthService.check({});
      },
    };
  }

  /** Called by Nest at shutdown when the gateway is a provider. */
  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    if (this.connection) await (await this.connection).close();
    this.connection = undefined;
    this.clientInstance = undefined;
  }
}
