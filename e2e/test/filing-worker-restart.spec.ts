import { Client, Connection } from '@temporalio/client';
import { temporalSettings } from '@makerspace/config';
import { EventTap, unique } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { startQualifyingFiling } from './support/filing-start';

/**
 * The worker stopped in the middle of a stage and started again, on the real Temporal dev
 * server: the new worker has nothing in memory and rebuilds each procedure from the server's
 * history, and the procedure carries on with nothing lost or repeated.
 */
describe('a filing procedure across a worker restart', () => {
  let worker: RunningWorker;
  let connection: Connection;
  let tap: EventTap;

  beforeAll(async () => {
    process.env.TEMPORAL_ADDRESS = temporalSettings().address;
    process.env.FILING_TASK_QUEUE = unique('filing-restart');
    tap = await EventTap.open();
    connection = await Connection.connect({ address: temporalSettings().address });
    worker = await startWorker();
  });

  afterAll(async () => {
    await worker?.shutdown();
    await tap?.close();
    await connection?.close();
  });

  it('carries on after the worker is stopped mid-stage, losing and repeating nothing', async () => {
    const { applicationId, driver } = await startQualifyingFiling(new Client({ connection }));
    tap.watch(applicationId);
    await driver.recommend();
    const reReview = await driver.task('re-review');
    await tap.waitFor(applicationId, 'task.opened', (e) => (e.payload as { taskId: string }).taskId === reReview.taskId);

    await worker.shutdown();
    expect((await driver.handle.describe()).status.name).toBe('RUNNING');
    worker = await startWorker();

    expect((await driver.state()).openTasks.map((t) => t.taskId)).toEqual([reReview.taskId]);
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel();
    await tap.waitFor(applicationId, 'public-notice.opened');

    const events = tap.of(applicationId);
    const byId = new Map(events.map((e) => [e.id, e]));
    const count = (type: string) => [...byId.values()].filter((e) => e.type === type).length;
    expect(count('application.submitted')).toBe(1);
    expect(count('public-notice.opened')).toBe(1);
    expect(count('task.opened')).toBe(count('task.completed'));
    expect([...byId.values()].filter((e) => e.type === 'application.advanced').map((e) => (e.payload as { to: string }).to)).toEqual([
      'RE_REVIEW',
      'ON_SITE_INSPECTION',
      'EXPERT_REVIEW',
      'PUBLIC_NOTICE',
    ]);
    await driver.handle.terminate('scenario complete');
  });
});
