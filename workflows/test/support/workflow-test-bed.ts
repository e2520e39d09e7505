import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { EventEnvelope } from '@makerspace/contracts';
import { todayInShanghai } from '@makerspace/policy';
import { TemporalGateway } from '@makerspace/temporal';
import { waitFor } from '@makerspace/testing';
import type { WorkerActivities } from '../../src/activities';
import { bundleWorkflows, WorkflowBundleName, workflowBundleEntry } from '../../src/bundling/workflow-bundles';

/**
 * One task queue's workflows as the worker runs them (the bundle the build makes), on Temporal's
 * time-skipping test server, with the activities a spec gives in place of the I/O: what the
 * workflows published is kept in `published`. As Temporal's samples test workflows: the
 * workflow's logic is proven here, its activities against the real services by the e2e suites.
 */
export class WorkflowTestBed {
  /** Starts workflows by their definitions, as the services do. */
  readonly temporal: TemporalGateway;
  private readonly running: Promise<void>;

  private constructor(
    readonly env: TestWorkflowEnvironment,
    private readonly worker: Worker,
    /** Every event the workflows published, in order. */
    readonly published: EventEnvelope[],
  ) {
    const taskQueue = worker.options.taskQueue;
    this.temporal = TemporalGateway.over(env.client, { filing: taskQueue, supervision: taskQueue });
    this.running = worker.run();
  }

  static async start(bundle: WorkflowBundleName, activities: Partial<WorkerActivities> = {}): Promise<WorkflowTestBed> {
    const env = await timeSkippingServer();
    const published: EventEnvelope[] = [];
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: `${bundle}-spec`,
      workflowBundle: await bundleWorkflows(require.resolve(`../../src/${workflowBundleEntry(bundle)}`)),
      activities: { publishEvents: async (events: EventEnvelope[]) => void published.push(...events), ...activities },
      // The bundle's OpenTelemetry interceptors hand their spans to this sink; a spec keeps none.
      sinks: { exporter: { export: { fn: () => undefined } } },
    });
    return new WorkflowTestBed(env, worker, published);
  }

  async stop(): Promise<void> {
    this.worker.shutdown();
    await this.running;
    await this.env.teardown();
  }

  /** The types of the events a workflow published, in order. */
  typesOf(workflowId: string): string[] {
    return this.eventsOf(workflowId).map((e) => e.type);
  }

  eventsOf(workflowId: string): EventEnvelope[] {
    return this.published.filter((e) => e.id.startsWith(`${workflowId}:`));
  }

  /** Wait until a workflow has published an event of `type` (its outbox publishes from an activity, after the step). */
  async awaitEvent(workflowId: string, type: string): Promise<EventEnvelope> {
    return waitFor(`${type} from ${workflowId}`, async () => this.eventsOf(workflowId).find((e) => e.type === type), 30_000, 50);
  }

  /** Today in Shanghai on the test server's clock. */
  async today(): Promise<string> {
    return todayInShanghai(new Date(await this.env.currentTimeMs()));
  }

  /** Let simulated time run to `hour`:00 in Shanghai on `date` (01:00, before the day's reminders, unless given). */
  async sleepUntil(date: string, hour = 1): Promise<void> {
    const ms = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`) - (await this.env.currentTimeMs());
    if (ms > 0) await this.env.sleep(ms);
  }
}

/**
 * Temporal's time-skipping test server (infra/local/temporal-test-server). The SDK gives it about
 * 5 s to open its port; a JVM on a machine busy with other suites can take longer, so a start that
 * timed out is tried again, twice at most.
 */
async function timeSkippingServer(attempt = 1): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH ?? `${__dirname}/../../../.stack/bin/temporal-test-server`;
  try {
    return await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
  } catch (e) {
    if (attempt >= 3 || !/did not start within/.test(String(e))) throw e;
    return timeSkippingServer(attempt + 1);
  }
}
