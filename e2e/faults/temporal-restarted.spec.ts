import { BootedService, httpClient, waitFor } from '@makerspace/testing';
import { startServer, stopServer } from './support/fault-servers';
import { bootServices, closeServices } from './support/fault-system';
import { aProcedureAtReReview, onFromInspectionToPublicNotice, PUBLISHED_ONCE } from './support/filing-procedure';
import { ProcedureHarness } from './support/procedure-harness';
import { recordRecovery } from './support/recovery-times';

const OUTAGE_MS = 10_000;

const city = { id: 'officer-city', role: 'city-officer', scope: null };

/**
 * The Temporal dev server stopped and started again on its SQLite file while a procedure waits in
 * a stage: meanwhile the review service answers what needs Temporal 503 with Retry-After and is not
 * ready; the running procedure is still there with its open task, the worker and the service
 * reconnect by themselves, and the procedure goes on to public notice, each event once.
 */
describe('the Temporal server restarted with its state kept', () => {
  let harness: ProcedureHarness;
  let services: Record<'review', BootedService>;

  beforeAll(async () => {
    harness = await ProcedureHarness.open();
    services = await bootServices(['review']);
  });

  afterAll(async () => {
    await startServer('temporal');
    await closeServices(services);
    await harness?.close();
  });

  it('keeps the running procedure, which goes on once the server is back', async () => {
    const { driver, reReview } = await aProcedureAtReReview(harness.client, harness.tap);
    const review = httpClient(services.review.url, city);
    const history = `/applications/${driver.applicationId}/history`;
    expect((await review.get(history)).status).toBe(200);

    await stopServer('temporal');
    const stoppedAt = Date.now();
    const asked = Date.now();
    const refused = await review.get(history);
    const refusedInMs = Date.now() - asked;
    expect({ status: refused.status, retryAfter: refused.headers.get('retry-after') }).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    expect((await review.get('/health/live')).status).toBe(200);
    expect(await review.get('/health/ready')).toMatchObject({ status: 503, body: { code: 'NOT_READY', error: { temporal: { status: 'down' } } } });
    // Long enough for the worker's polls and the client's calls to fail and back off.
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));
    await startServer('temporal');
    const restartedAt = Date.now();
    await waitFor('the review service to read the procedure again', async () => (await review.get(history)).status === 200 || undefined, 60_000, 250);

    const state = await waitFor('the procedure to answer again', () => driver.state(), 60_000, 250);
    expect(state.openTasks.map((t) => t.taskId)).toEqual([reReview.taskId]);
    await driver.passReReview();
    recordRecovery('temporal', { downForMs: restartedAt - stoppedAt, recoveredInMs: Date.now() - restartedAt, refusedInMs });

    expect(await onFromInspectionToPublicNotice(driver, harness.tap)).toMatchObject(PUBLISHED_ONCE);
    expect(harness.worker.running).toBe(true);
    await driver.handle.terminate('scenario complete');
  });
});
