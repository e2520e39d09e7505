import fs from 'node:fs';
import { OpenTelemetryPlugin } from '@temporalio/interceptors-opentelemetry';
import { CompiledWorkerOptions, NativeConnection, Worker } from '@temporalio/worker';
import { EventPublisher, createKafka } from '@makerspace/events';
import { checkSettings, ProcessSettings, temporalSettingsOf } from '@makerspace/config';
import { startTracing } from '@makerspace/observability';
import { TemporalGateway } from '@makerspace/temporal';
import { createActivities } from './activities';
import { serviceAccountSettings } from './activities/service-account';
import { bundleWorkflows, WorkflowBundleName, workflowBundleEntry, workflowBundleFile } from './bundling/workflow-bundles';
import { boundWorkflowThreadHeaps } from './workflow-thread-heap';

export interface RunningWorker {
  worker: Worker;
  /** The supervision workflows (evaluations, changes) with the same activities, polling the supervision queue. */
  supervision: Worker;
  run: Promise<void>;
  /** Stop polling, let running activities finish, close what the worker opened. */
  shutdown(): Promise<void>;
}

export interface WorkerOptions {
  /** Where the settings come from; the process's environment unless given (libs/config reads it). */
  env?: NodeJS.ProcessEnv;
  taskQueue?: string;
  /** An existing connection (e.g. a test environment's); otherwise one to TEMPORAL_ADDRESS. */
  connection?: NativeConnection;
  namespace?: string;
}

type WorkerSettings = ProcessSettings<'worker'>;

/** Where the supervision activities reach the evaluation service: EVALUATION_URL, or the local port. */
const evaluationUrlOf = (settings: WorkerSettings) => settings.EVALUATION_URL ?? `http://127.0.0.1:${settings.EVALUATION_PORT}`;

const bundles = new Map<WorkflowBundleName, Promise<{ code: string }>>();

/**
 * A task queue's workflow bundle: `<name>-workflow-bundle.js` in the directory WORKFLOW_BUNDLES
 * names (prebuilt once for several workers run from source), else in the build's `dist/` when
 * present, else bundled once from source.
 */
function workflowBundle(name: WorkflowBundleName, settings: WorkerSettings): Promise<{ code: string } | { codePath: string }> {
  const prebuilt = workflowBundleFile(name, settings.WORKFLOW_BUNDLES ?? __dirname);
  if (fs.existsSync(prebuilt)) return Promise.resolve({ codePath: prebuilt });
  if (!bundles.has(name)) bundles.set(name, bundleWorkflows(require.resolve(`./${workflowBundleEntry(name)}`)));
  return bundles.get(name)!;
}

/**
 * How long one workflow activation may run in the sandbox (the SDK's default is 5 s). Our
 * activations take milliseconds; on a machine with many more runnable processes than cores a
 * descheduled one has been seen to pass 5 s, and Node's vm timeout firing there can corrupt the
 * async hook stack and bring the whole worker down. A real endless loop is still stopped. The SDK
 * takes the setting (its compiled options keep every option given) but does not type it yet.
 */
const SANDBOX_TIMEOUT: Pick<CompiledWorkerOptions, 'isolateExecutionTimeout'> = { isolateExecutionTimeout: '60 seconds' };

/** Creates and runs the worker on the filing and the supervision task queues. */
export async function startWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  const settings = checkSettings('worker', options.env);
  const temporalSettings = temporalSettingsOf(settings);
  const ownConnection = options.connection ? undefined : await NativeConnection.connect({ address: temporalSettings.address });
  const connection = options.connection ?? ownConnection!;
  const publisher = new EventPublisher(createKafka('workflows-worker', options.env));
  await publisher.connect();
  const namespace = options.namespace ?? temporalSettings.namespace;
  // The supervision activities start and signal workflows through a gateway of their own, connected on first use.
  const temporal = new TemporalGateway({ ...temporalSettings, namespace });
  // Workflow and activity spans join the trace of the request that started the work (the
  // process's tracing, started here unless the process started it already).
  const tracing = startTracing('workflows-worker', settings);
  const telemetry = new OpenTelemetryPlugin({ resource: tracing.resource, spanProcessor: tracing.spanProcessor });
  const activities = createActivities({ publisher, evaluationUrl: evaluationUrlOf(settings), serviceAccount: serviceAccountSettings(settings), temporal });
  // At shutdown the activities in hand may finish (a publish, a call to the evaluation service)
  // for this long before they are cancelled; the SDK's default cancels them at once.
  const { WORKER_SHUTDOWN_GRACE_MS } = settings;
  boundWorkflowThreadHeaps(settings.WORKFLOW_HEAP_MIB);
  const pollerOf = async (bundle: WorkflowBundleName, taskQueue: string, maxCachedWorkflows: number) =>
    Worker.create({
      connection,
      namespace,
      taskQueue,
      workflowBundle: await workflowBundle(bundle, settings),
      activities,
      maxCachedWorkflows,
      plugins: [telemetry],
      shutdownGraceTime: WORKER_SHUTDOWN_GRACE_MS,
      ...SANDBOX_TIMEOUT,
    });
  // Filing procedures wait days to weeks on people between steps; supervision keeps one workflow
  // per filed space, idle for months between steps.
  const worker = await pollerOf('filing', options.taskQueue ?? temporalSettings.taskQueues.filing, settings.FILING_CACHED_WORKFLOWS);
  const supervision = await pollerOf('supervision', temporalSettings.taskQueues.supervision, settings.SUPERVISION_CACHED_WORKFLOWS);
  const run = Promise.all([worker.run(), supervision.run()]).then(() => undefined);
  return {
    worker,
    supervision,
    run,
    async shutdown() {
      for (const w of [worker, supervision]) if (w.getState() === 'RUNNING') w.shutdown();
      await run;
      await temporal.close();
      await publisher.disconnect();
      await ownConnection?.close();
    },
  };
}
