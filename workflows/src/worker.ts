import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { filingTaskQueue } from '@makerspace/contracts';
import { EventPublisher, createKafka } from '@makerspace/events';
import { temporalSettings } from '@makerspace/temporal';
import { createActivities } from './activities';
import { workflowBundleOptions } from './shared/workflow-bundle-options';
import fs from 'node:fs';
import path from 'node:path';

export interface RunningWorker {
  worker: Worker;
  run: Promise<void>;
  /** Stop polling, let running activities finish, close connections. */
  shutdown(): Promise<void>;
}

/**
 * Creates the worker on the filing task queue. The workflow bundle is read from the build
 * (`dist/workflow-bundle.js`) when present, otherwise bundled from source.
 */
export async function startWorker(options: { env?: NodeJS.ProcessEnv; taskQueue?: string } = {}): Promise<RunningWorker> {
  const env = options.env ?? process.env;
  const settings = temporalSettings(env);
  const connection = await NativeConnection.connect({ address: settings.address });
  const publisher = new EventPublisher(createKafka('workflows-worker', env));
  await publisher.connect();
  const prebuilt = path.join(__dirname, 'workflow-bundle.js');
  const workflowBundle = fs.existsSync(prebuilt)
    ? { codePath: prebuilt }
    : await bundleWorkflowCode(workflowBundleOptions(require.resolve('./workflows')));
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: options.taskQueue ?? filingTaskQueue(env),
    workflowBundle,
    activities: createActivities({ publisher }),
  });
  const run = worker.run();
  return {
    worker,
    run,
    async shutdown() {
      worker.shutdown();
      await run;
      await publisher.disconnect();
      await connection.close();
    },
  };
}
