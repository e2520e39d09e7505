// Temporal's time-skipping test server as installed by infra/local/temporal-test-server/install.sh,
// started by @temporalio/testing itself from the wrapper's path (the SDK waits only a few seconds for
// its port, so this also proves the wrapper starts fast enough), then torn down by the SDK.
import { connect } from 'node:net';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { sleepsThirtyDays } from './fixtures/sleepy-workflow';

const stackHome = process.env.STACK_HOME ?? path.resolve(__dirname, '../../.stack');
const serverPath = process.env.TEMPORAL_TEST_SERVER_PATH ?? path.join(stackHome, 'bin', 'temporal-test-server');
// Only warnings from the SDK: the worker's state changes would flood the test output.
Runtime.install({ logger: new DefaultLogger('WARN') });

const thirtyDaysMs = 30 * 24 * 60 * 60 * 1000;

function portAccepts(address: string): Promise<boolean> {
  const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))];
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

describe('time-skipping test server', () => {
  it('starts from the installed wrapper, runs a 30-day sleep at once, and stops on teardown', async () => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: serverPath } },
    });
    try {
      expect(env.supportsTimeSkipping).toBe(true);
      const taskQueue = `infra-time-skipping-${Date.now()}`;
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowsPath: require.resolve('./fixtures/sleepy-workflow'),
      });

      const started = Date.now();
      const slept = await worker.runUntil(env.client.workflow.execute(sleepsThirtyDays, { taskQueue, workflowId: `sleepy-${taskQueue}` }));
      expect(slept).toBeGreaterThanOrEqual(thirtyDaysMs);
      expect(Date.now() - started).toBeLessThan(30_000); // 30 days of workflow time in seconds of wall time
    } finally {
      await env.teardown();
    }
    // The SDK killed its direct child: with the wrapper's exec that is the JVM, so the port is closed.
    expect(await portAccepts(env.address)).toBe(false);
  }, 120_000);
});
