import {
  Client,
  Connection,
  defaultGrpcRetryOptions,
  makeGrpcRetryInterceptor,
  WorkflowExecutionAlreadyStartedError,
  WorkflowHandle,
  WorkflowIdReusePolicy,
  WorkflowNotFoundError,
} from '@temporalio/client';
import type { QueryDefinition, SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import type { TemporalSettings } from '@makerspace/config';
import type { ScheduledWorkflowDefinition, WorkflowDefinition, WorkflowFunction } from '@makerspace/contracts';
import { TemporalUnavailable } from './temporal-unavailable';

/**
 * While Temporal does not answer, a call gives up after about 1 s (4 attempts) where the client's
 * default (10 attempts) kept a request waiting about 20 s for its 503; the caller retries after
 * Retry-After instead. And the channel tries to reconnect at least every 2 s, where gRPC's backoff
 * grows to minutes: without it a service served again about 10 s after Temporal was back. Both
 * measured by the fault suite's Temporal restart (docs/faults.md).
 */
const CALL_ATTEMPTS = 4;
const MAX_RECONNECT_BACKOFF_MS = 2_000;

export interface UpdateOptions {
  /** Makes a retried update harmless: the workflow answers one id once. */
  updateId?: string;
  /** How long to wait for the workflow's answer; the call fails with a deadline error after it. */
  timeoutMs?: number;
}

/**
 * The one Temporal client of every process (the services and the worker's activities), typed by
 * the workflow definitions of libs/contracts: a workflow is started by its definition with its
 * input, under the id the definition gives it, on the task queue the settings name for it; it is
 * updated, queried and signalled by the message definitions it handles.
 *
 * Lazily connected: a service starts even while Temporal is down, answers 503 for work that needs
 * it (TemporalUnavailable), and connects on the next call once Temporal is back. Starts, updates,
 * signals and queries carry the caller's trace context to the workflow.
 */
export class TemporalGateway {
  private connection?: Promise<Connection>;
  private clientInstance?: Client;

  constructor(readonly settings: TemporalSettings) {}

  /** A gateway over a client connected elsewhere (a test environment's), which it does not close. */
  static over(client: Client, taskQueues: TemporalSettings['taskQueues']): TemporalGateway {
    const gateway = new TemporalGateway({ address: '(borrowed)', namespace: client.options.namespace, taskQueues });
    gateway.clientInstance = client;
    return gateway;
  }

  /** The task queue the worker polls for `definition`'s workflows. */
  taskQueueOf(definition: ScheduledWorkflowDefinition<unknown>): string {
    return this.settings.taskQueues[definition.taskQueue];
  }

  /**
   * Start `definition`'s workflow for `input` under the id its definition gives, once: false when
   * a workflow of that id was already started (running or closed), so a repeated request or a
   * retried activity starts nothing twice. `memo` stays with the workflow (a decision's id, see
   * AuditedDecisions in libs/audit).
   */
  async startOnce<Input, Result>(definition: WorkflowDefinition<Input, Result>, input: Input, memo?: Record<string, unknown>): Promise<boolean> {
    const client = await this.client();
    try {
      await client.workflow.start<(input: Input) => Promise<Result>>(definition.type, {
        workflowId: definition.workflowId(input),
        taskQueue: this.taskQueueOf(definition),
        args: [input],
        memo,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      return true;
    } catch (e) {
      if (e instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw e;
    }
  }

  /** The workflow `workflowId` of `definition`'s type, its result typed by the definition. */
  async handle<D extends ScheduledWorkflowDefinition<unknown>>(_definition: D, workflowId: string): Promise<WorkflowHandle<WorkflowFunction<D>>> {
    return (await this.client()).workflow.getHandle<WorkflowFunction<D>>(workflowId);
  }

  /** Send an update and wait for the workflow's answer (a refusal throws WorkflowUpdateFailedError). */
  async update<Ret, Arg>(workflowId: string, update: UpdateDefinition<Ret, [Arg]>, arg: Arg, options: UpdateOptions = {}): Promise<Ret> {
    const client = await this.client();
    const handle = client.workflow.getHandle(workflowId);
    const send = () => handle.executeUpdate(update, { args: [arg], ...(options.updateId ? { updateId: options.updateId } : {}) });
    return options.timeoutMs === undefined ? send() : client.withDeadline(Date.now() + options.timeoutMs, send);
  }

  async query<Ret>(workflowId: string, query: QueryDefinition<Ret>): Promise<Ret> {
    return (await this.client()).workflow.getHandle(workflowId).query(query);
  }

  async signal<Arg>(workflowId: string, signal: SignalDefinition<[Arg]>, arg: Arg): Promise<void> {
    await (await this.client()).workflow.getHandle(workflowId).signal(signal, arg);
  }

  /** The workflow's status (RUNNING, COMPLETED, ...), or null when it was never started. */
  async status(workflowId: string): Promise<string | null> {
    try {
      return (await (await this.client()).workflow.getHandle(workflowId).describe()).status.name;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return null;
      throw e;
    }
  }

  /** What a Temporal Schedule does to start `definition`'s workflow: its type on its queue, under `workflowId`. */
  scheduleAction(definition: ScheduledWorkflowDefinition<unknown>, workflowId: string) {
    return { type: 'startWorkflow' as const, workflowType: definition.type, workflowId, taskQueue: this.taskQueueOf(definition), args: [] };
  }

  /** The SDK's client, for what the calls above do not cover (Schedules). Throws TemporalUnavailable while Temporal is out of reach. */
  async client(): Promise<Client> {
    if (this.clientInstance) return this.clientInstance;
    this.connection ??= Connection.connect({
      address: this.settings.address,
      connectTimeout: 3_000,
      interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: CALL_ATTEMPTS }))],
      channelArgs: { 'grpc.max_reconnect_backoff_ms': MAX_RECONNECT_BACKOFF_MS },
    }).catch((e) => {
      this.connection = undefined;
      throw new TemporalUnavailable(e);
    });
    const connection = await this.connection;
    this.clientInstance ??= new Client({
      connection,
      namespace: this.settings.namespace,
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    });
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
