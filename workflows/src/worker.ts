import fs from 'node:fs';
import path from 'node:path';
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { filingTaskQueue } from '@makerspace/contracts';
import { EventPublisher, createKafka } from '@makerspace/events';
import { temporalSettings } from '@makerspace/temporal';
import { createActivities } from './activities';
import { workflowBundleOptions } from './shared/workflow-bundle-options';

export interface RunningWorker {
  worker: Worker;
  run: Promise<void>;
  /** Stop polling, let running activities finish, close what the worker opened. */
  shutdown(): Promise<void>;
}

export interface WorkerOptions {
  env?: NodeJS.ProcessEnv;
  taskQueue?: string;
  /** An existing connection (e.g. a test environment's); otherwise one to TEMPORAL_ADDRESS. */
  connection?: NativeConnection;
  namespace?: string;
}

let bundle: Promise<{ code: string }> | undefined;

/** The workflow bundle: the prebuilt `dist/workflow-bundle.js` when present, else bundled once from source. */
function workflowBundle(): Promise<{ code: string } | { codePath: string }> {
  const prebuilt = path.join(__dirname, 'workflow-bundle.js');
  if (fs.existsSync(prebuilt)) return Promise.resolve({ codePath: prebuilt });
  bundle ??= bundleWorkflowCode({ ...workflowBundleOptions(require.resolve('./workflows')), logger: quietBundlerLogger });
  return bundle;
}

const quietBundlerLogger = { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} };

/** Creates and runs the worker on the filing task queue. */
export async function startWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  const env = options.env ?? process.env;
  const settings = temporalSettings(env);
  const ownConnection = options.connection ? undefined : await NativeConnection.connect({ address: settings.address });
  const connection = options.connection ?? ownConnection!;
  const publisher = new EventPublisher(createKafka('workflows-worker', env));
  await publisher.connect();
  const worker = await Worker.create({
    connection,
    namespace: options.namespace ?? settings.namespace,
    taskQueue: options.taskQueue ?? filingTaskQueue(env),
    workflowBundle: await workflowBundle(),
    activities: createActivities({ publisher }),
  });
  const run = worker.run();
  return {
    worker,
    run,
    async shutdown() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await run;
      await publisher.disconnect();
      await ownConnection?.close();
    },
  };
}
