import { aProcedureAtReReview, onFromInspectionToPublicNotice, PUBLISHED_ONCE } from './support/filing-procedure';
import { ProcedureHarness } from './support/procedure-harness';
import { recordRecovery } from './support/recovery-times';
import { WorkerProcess } from './support/worker-process';

/**
 * The worker process killed (SIGKILL: no shutdown, nothing finished or flushed) while a procedure
 * waits in a stage, and a decision taken while no worker runs: a new worker process rebuilds the
 * procedure from the server's history, takes the decision, and the procedure carries on with no
 * task, stage or event lost or repeated.
 */
describe('the worker killed in the middle of a stage', () => {
  let harness: ProcedureHarness;

  beforeAll(async () => {
    harness = await ProcedureHarness.open();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('carries on in a new worker from where it was, losing and repeating nothing', async () => {
    const { driver, reReview } = await aProcedureAtReReview(harness.client, harness.tap);

    await harness.worker.kill();
    const killedAt = Date.now();
    expect((await driver.handle.describe()).status.name).toBe('RUNNING');
    // The city decides while no worker runs: the decision waits for one.
    const decided = driver.passReReview();
    harness.worker = await WorkerProcess.start();
    const startedAt = Date.now();
    const afterDecision = await decided;
    recordRecovery('worker', { downForMs: startedAt - killedAt, recoveredInMs: Date.now() - startedAt });

    expect(afterDecision.openTasks.map((t) => t.kind)).toEqual(['on-site-inspection']);
    // The decided task is the one the new worker rebuilt: the same id the staff were told of.
    expect(afterDecision.history.filter((h) => h.action === 'decided' && h.stage === 'RE_REVIEW').map((h) => h.taskId)).toEqual([reReview.taskId]);
    const published = await onFromInspectionToPublicNotice(driver, harness.tap);
    expect(published).toMatchObject(PUBLISHED_ONCE);
    expect(published.tasksOpened).toBe(published.tasksCompleted);
    await driver.handle.terminate('scenario complete');
  });
});
