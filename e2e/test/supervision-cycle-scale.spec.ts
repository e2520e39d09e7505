import { randomUUID } from 'node:crypto';
import { calendarDate, dateParts } from '@makerspace/policy';
import { evaluationCycleState } from '@makerspace/contracts';
import { SupervisionStack, supervisors } from './support/supervision-stack';
import { whileAdvancing } from './support/while-advancing';

/** Spaces in the cycle; the 20,000-space run is services/evaluation/bench (figures in docs/benchmarks.md). */
const SPACES = Number(process.env.CYCLE_SPACES ?? 3000);
/** How long the cycle or the read model may go without advancing before the run is judged stuck. */
const STALL_MS = 60_000;

/**
 * One evaluation cycle over a few thousand spaces on real servers: every ACTIVE space is asked for
 * its report once, page by page with the cycle continuing as new, and each page's evaluations
 * started in bounded batches; the read model counts them all.
 */
describe(`an evaluation cycle over ${SPACES} spaces`, () => {
  const stack = new SupervisionStack();
  let year: number;
  let ids: string[];

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
    ids = rows.map((r) => r.id);
  }, 180_000);
  afterAll(() => stack.stop());

  it('asks every space once, in bounded batches, continuing as new between pages', async () => {
    const scheduler = stack.as(supervisors.scheduler);
    expect((await scheduler.post<{ opened: boolean }>(`/evaluation-cycles/${year}`)).body.opened).toBe(true);
    // Up to the opening instant only: simulated time stands still from there while the cycle runs
    // (and while every new evaluation takes its first step), so the test waits in real time.
    await stack.sleepUntil(calendarDate(year + 1, 1, 1), 9);
    const started = Date.now();

    // The machine is shared: the cycle may run slowly, and passes as long as it keeps asking spaces;
    // it fails once no new evaluation has been started for a minute.
    const handle = stack.env.client.workflow.getHandle(`evaluation-${year}`);
    await whileAdvancing(
      'the cycle',
      async () => {
        if ((await handle.describe()).status.name === 'COMPLETED') return { done: true, progress: SPACES };
        return { done: false, progress: (await handle.query(evaluationCycleState)).requested };
      },
      STALL_MS,
    );
    const cycleSeconds = (Date.now() - started) / 1000;
    // Other suites may file spaces in the same test database meanwhile: the cycle asks them too.
    const result = await handle.result();
    expect(result).toMatchObject({ status: 'ALL_REQUESTED', alreadyRequested: 0 });
    expect(result.requested).toBeGreaterThanOrEqual(SPACES);

    const lastRun = await handle.describe();
    const history = await handle.fetchHistory();
    const startedEvent = history.events![0].workflowExecutionStartedEventAttributes!;
    expect(startedEvent.continuedExecutionRunId).toBeTruthy();
    expect(startedEvent.firstExecutionRunId).not.toBe(lastRun.runId);
    expect(lastRun.historyLength).toBeLessThan(200);

    for (const id of ids.slice(0, 3)) expect((await stack.env.client.workflow.getHandle(`evaluation-${year}-${id}`).describe()).status.name).toBe('RUNNING');

    // Each of the suite's spaces is asked exactly once: one evaluation per space, REQUESTED.
    const recorded = await whileAdvancing(
      'the read model',
      async () => {
        const rows = await stack.db.evaluation.groupBy({ by: ['status'], where: { year, spaceId: { in: ids } }, _count: true });
        const total = rows.reduce((n, r) => n + r._count, 0);
        return { done: total === SPACES && rows, progress: total };
      },
      STALL_MS,
    );
    expect(recorded.map((r) => [r.status, r._count])).toEqual([['REQUESTED', SPACES]]);
    const progress = await scheduler.get<{ evaluations: { total: number } }>(`/evaluation-cycles/${year}`);
    expect(progress.body.evaluations.total).toBeGreaterThanOrEqual(SPACES);
    const recordedSeconds = (Date.now() - started) / 1000;
    console.log(`cycle over ${SPACES} spaces: all started in ${cycleSeconds.toFixed(1)} s, all recorded in ${recordedSeconds.toFixed(1)} s`);
  }, 900_000);
});
