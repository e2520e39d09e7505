import { randomUUID } from 'node:crypto';
import { calendarDate, dateParts } from '@makerspace/policy';
import { waitFor } from '@makerspace/testing';
import { SupervisionStack, supervisors } from './support/supervision-stack';

/** Spaces in the cycle; the 20,000-space run is services/evaluation/bench (figures in docs/benchmarks.md). */
const SPACES = Number(process.env.CYCLE_SPACES ?? 3000);

/**
 * One evaluation cycle over a few thousand spaces on real servers: every ACTIVE space is asked for
 * its report once, page by page with the cycle continuing as new, and each page's evaluations
 * started in bounded batches; the read model counts them all.
 */
describe(`an evaluation cycle over ${SPACES} spaces`, () => {
  const stack = new SupervisionStack();
  let year: number;

  beforeAll(async () => {
    await stack.start('cycle-scale');
    const today = await stack.today();
    year = dateParts(today).year;
    const rows = Array.from({ length: SPACES }, (_, i) => ({
      id: randomUUID(),
      filingNumber: `鞍科众备〔${year}〕${String(i + 1).padStart(5, '0')}`,
      organisationId: randomUUID(),
      name: `创客空间 ${i + 1}`,
      divisionCode: ['210302', '210303', '210304', '210311', '210321', '210323', '210381'][i % 7],
      filedOn: today,
    }));
    await stack.db.space.createMany({ data: rows });
  }, 180_000);
  afterAll(() => stack.stop());

  it('asks every space once, in bounded batches, continuing as new between pages', async () => {
    const scheduler = stack.as(supervisors.scheduler);
    expect((await scheduler.post<{ opened: boolean }>(`/evaluation-cycles/${year}`)).body.opened).toBe(true);
    // Up to the opening instant only: simulated time stands still from there while the cycle runs
    // (and while every new evaluation takes its first step), so the test waits in real time.
    await stack.sleepUntil(calendarDate(year + 1, 1, 1), 9);
    const started = Date.now();

    const handle = stack.env.client.workflow.getHandle(`evaluation-${year}`);
    await waitFor('the cycle to complete', async () => (await handle.describe()).status.name === 'COMPLETED', 110_000, 500);
    const cycleSeconds = (Date.now() - started) / 1000;
    expect(await handle.result()).toMatchObject({ status: 'ALL_REQUESTED', requested: SPACES, alreadyRequested: 0 });

    const lastRun = await handle.describe();
    const history = await handle.fetchHistory();
    const startedEvent = history.events![0].workflowExecutionStartedEventAttributes!;
    expect(startedEvent.continuedExecutionRunId).toBeTruthy();
    expect(startedEvent.firstExecutionRunId).not.toBe(lastRun.runId);
    expect(lastRun.historyLength).toBeLessThan(200);

    const spaces = await stack.db.space.findMany({ take: 3, select: { id: true } });
    for (const { id } of spaces) expect((await stack.env.client.workflow.getHandle(`evaluation-${year}-${id}`).describe()).status.name).toBe('RUNNING');

    const progress = await stack.recorded('every request in the read model', async () => {
      const p = await scheduler.get<{ evaluations: { total: number; byStatus: Record<string, number> } }>(`/evaluation-cycles/${year}`);
      return p.body.evaluations.total === SPACES && p.body;
    });
    expect(progress.evaluations.byStatus).toEqual({ REQUESTED: SPACES });
    const recordedSeconds = (Date.now() - started) / 1000;
    console.log(`cycle over ${SPACES} spaces: all started in ${cycleSeconds.toFixed(1)} s, all recorded in ${recordedSeconds.toFixed(1)} s`);
  }, 240_000);
});
