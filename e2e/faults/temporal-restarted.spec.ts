import { waitFor } from '@makerspace/testing';
import { startServer, stopServer } from './support/fault-servers';
import { aProcedureAtReReview, onFromInspectionToPublicNotice, PUBLISHED_ONCE } from './support/filing-procedure';
import { ProcedureHarness } from './support/procedure-harness';
import { recordRecovery } from './support/recovery-times';

const OUTAGE_MS = 10_000;

/**
 * The Temporal dev server stopped and started again on its SQLite file while a procedure waits in
 * a stage: the running procedure is still there with its open task, the worker and the client
 * reconnect by themselves, and the procedure goes on to public notice, each event once.
 */
describe('the Temporal server restarted with its state kept', () => {
  let harness: ProcedureHarness;

  beforeAll(async () => {
    harness = await ProcedureHarness.open();
  });

  afterAll(async () => {
    await startServer('temporal');
    await harness?.close();
  });

  it('keeps the running procedure, which goes on once the server is back', async () => {
    const { driver, reReview } = await aProcedureAtReReview(harness.client, harness.tap);

    await stopServer('temporal');
    const stoppedAt = Date.now();
    // Long enough for the worker's polls and the client's calls to fail and back off.
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    await startServer('temporal');
    const restartedAt = Date.now();

    const state = await waitFor('the procedure to answer again', () => driver.state(), 60_000, 250);
    expect(state.openTasks.map((t) => t.taskId)).toEqual([reReview.taskId]);
    await driver.passReReview();
    recordRecovery('temporal', { downForMs: restartedAt - stoppedAt, recoveredInMs: Date.now() - restartedAt });

    expect(await onFromInspectionToPublicNotice(driver, harness.tap)).toMatchObject(PUBLISHED_ONCE);
    expect(harness.worker.running).toBe(true);
    await driver.handle.terminate('scenario complete');
  });
});
