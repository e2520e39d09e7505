// A worker process of the bench's own (forked by probe-worker.ts): a Temporal worker running the
// given workflow code with in-memory activities, on a task queue of its own. It answers `stats`
// over IPC with what its activities have seen and the CPU and memory the process has used.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { ProbeStats, ProbeWorkerOptions } from './probe-worker';

const options = JSON.parse(process.env.PROBE_OPTIONS!) as ProbeWorkerOptions;

async function workflowCode(): Promise<{ code: string }> {
  if (options.bundle) return { code: readFileSync(options.bundle, 'utf8') };
  const logger = new DefaultLogger('WARN');
  return bundleWorkflowCode({ workflowsPath: require.resolve('../bare-engine/bare-workflows'), logger });
}

async function main() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // The same heap bound as the system's worker gives its workflow threads (created after this).
  if (options.workflowHeapMiB) v8.setFlagsFromString(`--max-old-space-size=${options.workflowHeapMiB}`);
  let activities = 0;
  const count = async () => void (activities += 1);
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: await workflowCode(),
    activities: { publishEvents: count, requestOpened: count },
    maxCachedWorkflows: options.maxCachedWorkflows,
    reuseV8Context: options.reuseV8Context,
  });
  process.on('message', (message) => {
    if (message === 'stats') {
      const cpu = process.cpuUsage();
      const stats: ProbeStats = { activities, cpuSeconds: (cpu.user + cpu.system) / 1e6, residentMiB: process.memoryUsage().rss / 2 ** 20 };
      process.send!(stats);
    }
    if (message === 'stop') worker.shutdown();
  });
  const running = worker.run();
  process.send!('ready');
  await running;
  await connection.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
