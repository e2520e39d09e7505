import fs from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils';
import type { Reason } from '@makerspace/contracts';
import { temporalSettings } from '@makerspace/config';
import { type FilingDriver, staff, unique } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { startQualifyingFiling } from './support/filing-start';
import { patchesIn, stepsBeforeFirstActivity } from './support/history-reading';
import { RECEIPT_WAIT_MS, RECEIPT_WAIT_PATCH } from './support/next-release/receipt-wait';
import { Bundle, nextFilingBundle, releaseDirectory, replayFailures, todaysBundle } from './support/next-release/worker-releases';

/**
 * The versioning policy (docs/workflows.md, Versioning) on the real Temporal dev server.
 * Procedures start on today's worker; the worker is replaced by one running the next release,
 * whose filing workflow gains a new first step (a receipt wait on a durable timer) behind
 * `patched`. The new worker has nothing cached, so it rebuilds each procedure in flight from the
 * server's history on the changed code: the old procedures finish on their old path, new ones take
 * the new one. The same change without the guard does not replay the procedures in flight, which
 * is what would have stopped every one of them after the deploy.
 *
 * The next release wraps today's bundle entry (e2e/test/support/next-release/), so the test stays
 * true while the procedure's own modules move.
 */
describe('a workflow change deployed while procedures are in flight', () => {
  const queues = { FILING_TASK_QUEUE: unique('filing-upgrade'), SUPERVISION_TASK_QUEUE: unique('supervision-upgrade') };
  const reasons: Reason[] = [{ text: '场地面积不符 / the venue is smaller than declared', article: 'Art. 5' }];
  let connection: Connection;
  let client: Client;
  let worker: RunningWorker | undefined;
  const bundles = {} as Record<'today' | 'guarded' | 'unguarded' | 'deprecated' | 'lengthened' | 'supervision', Bundle>;
  const releases: string[] = [];
  /** Procedures started on today's code, and their histories when the worker was swapped. */
  let before: { waiting: FilingDriver; further: FilingDriver };
  const historiesAtSwap: Record<string, History> = {};
  let after: FilingDriver;

  const deploy = async (name: string, filing: Bundle) => {
    await worker?.shutdown();
    const dir = releaseDirectory(name, { filing, supervision: bundles.supervision });
    releases.push(dir);
    worker = await startWorker({ env: { ...process.env, ...queues, WORKFLOW_BUNDLES: dir } });
  };
  const start = async () => (await startQualifyingFiling(client, queues.FILING_TASK_QUEUE)).driver;
  const historyOf = (d: FilingDriver) => d.handle.fetchHistory();
  const finalHistories = async (drivers: FilingDriver[]) =>
    Object.fromEntries(await Promise.all(drivers.map(async (d) => [d.handle.workflowId, await historyOf(d)] as const)));

  beforeAll(async () => {
    // Each release is bundled as the build bundles it (workflowBundleOptions), once.
    bundles.supervision = await todaysBundle('supervision');
    bundles.today = await todaysBundle('filing');
    bundles.guarded = await nextFilingBundle('filing-guarded');
    bundles.unguarded = await nextFilingBundle('filing-unguarded');
    bundles.deprecated = await nextFilingBundle('filing-patch-deprecated');
    bundles.lengthened = await nextFilingBundle('filing-receipt-wait-lengthened');
    connection = await Connection.connect({ address: temporalSettings().address });
    client = new Client({ connection });

    await deploy('today', bundles.today);
    before = { waiting: await start(), further: await start() };
    await before.waiting.task('preliminary-review');
    await before.further.recommend();
    await before.further.task('re-review');
    for (const d of Object.values(before)) historiesAtSwap[d.handle.workflowId] = await historyOf(d);

    await deploy('next', bundles.guarded);
  }, 300_000);

  afterAll(async () => {
    await worker?.shutdown();
    await connection?.close();
    for (const dir of releases) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the change without its guard does not replay the procedures in flight; with it, it does', async () => {
    const unguarded = await replayFailures(bundles.unguarded, historiesAtSwap);
    expect(Object.keys(unguarded).sort()).toEqual(Object.keys(historiesAtSwap).sort());
    for (const failure of Object.values(unguarded)) expect(failure).toMatch(/^DeterminismViolationError: .*Nondeterminism/);
    expect(await replayFailures(bundles.guarded, historiesAtSwap)).toEqual({});
  });

  it('the procedures started before the swap finish on their old path on the new worker', async () => {
    // Their open tasks are the ones they had: the new worker rebuilt them from history.
    expect((await before.waiting.state()).openTasks.map((t) => t.kind)).toEqual(['preliminary-review']);
    await before.waiting.decide('preliminary-review', staff.tiedongOfficer, 'REJECT', { reasons });
    await before.further.decide('re-review', staff.cityOfficer, 'REJECT', { reasons });
    for (const d of Object.values(before)) {
      expect(await d.handle.result()).toMatchObject({ status: 'REJECTED' });
      const history = await historyOf(d);
      expect(patchesIn(history)).not.toContain(RECEIPT_WAIT_PATCH);
      expect(stepsBeforeFirstActivity(history)).not.toContain(`timer ${RECEIPT_WAIT_MS} ms`);
    }
  });

  it('a procedure started after the swap takes the new path', async () => {
    after = await start();
    await after.decide('preliminary-review', staff.tiedongOfficer, 'REJECT', { reasons });
    expect(await after.handle.result()).toMatchObject({ status: 'REJECTED' });
    const history = await historyOf(after);
    expect(patchesIn(history)).toContain(RECEIPT_WAIT_PATCH);
    expect(stepsBeforeFirstActivity(history)[0]).toBe(`timer ${RECEIPT_WAIT_MS} ms`);
  });

  it('whole histories: both paths replay on the next release; deprecatePatch only once the old ones are gone; no rolling back; a changed period goes unseen', async () => {
    const old = await finalHistories(Object.values(before));
    const fresh = await finalHistories([after]);
    expect(await replayFailures(bundles.guarded, { ...old, ...fresh })).toEqual({});
    // The release after (deprecatePatch, old path removed) replays the new procedures only.
    expect(await replayFailures(bundles.deprecated, fresh)).toEqual({});
    expect(Object.keys(await replayFailures(bundles.deprecated, old)).sort()).toEqual(Object.keys(old).sort());
    // Today's code cannot take back a procedure that took the new path: roll forward, never back.
    expect(Object.keys(await replayFailures(bundles.today, fresh))).toEqual(Object.keys(fresh));
    // A period made longer replays all the same: only a guard keeps a procedure on the period it started under.
    expect(await replayFailures(bundles.lengthened, fresh)).toEqual({});
  });
});
