import { Client, Connection } from '@temporalio/client';
import { PrismaClient } from '.prisma/evaluation-client';
import { connectionSettings, prismaAdapter } from '@makerspace/database';
import { msToTs } from '@temporalio/common/lib/time';
import { dateParts, endOfDayShanghai, todayInShanghai } from '@makerspace/policy';
import { bootService, BootedService, httpClient, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule as EvaluationModule, EVALUATION_SERVICE } from '@makerspace/evaluation/testing';
import { clearSupervisionRecords, supervisors } from './support/supervision-stack';

type Schedule = {
  scheduleId: string;
  spec: { timezone?: string };
  workflowType: string;
  taskQueue: string;
  paused: boolean;
  nextActionTimes: string[];
  recentActions: { workflowId: string }[];
};

// The stack's dev server, on the port the stack was started with (infra/local/env.sh).
const DEV_SERVER = process.env.TEMPORAL_DEV_ADDRESS ?? `127.0.0.1:${process.env.TEMPORAL_PORT ?? 7233}`;

/**
 * The yearly Temporal Schedule that opens the evaluation cycles, on the Temporal dev server (the
 * time-skipping server has no schedules), in a namespace of its own that the suite removes again.
 */
describe('the yearly schedule of the evaluation cycles', () => {
  const namespace = unique('supervision-e2e');
  let connection: Connection;
  let client: Client;
  let evaluation: BootedService;
  let worker: RunningWorker;
  const scheduler = () => httpClient(evaluation.url, supervisors.scheduler);

  beforeAll(async () => {
    // A cycle opened between January and April asks every space on record: none from earlier runs.
    const db = new PrismaClient({ adapter: prismaAdapter(connectionSettings('evaluation')) });
    await clearSupervisionRecords(db);
    await db.$disconnect();
    connection = await Connection.connect({ address: DEV_SERVER });
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') });
    client = new Client({ connection, namespace });
    await waitFor(
      'the namespace',
      async () => (await connection.workflowService.describeNamespace({ namespace })).namespaceInfo?.name === namespace,
      30_000,
      200,
    );
    process.env.TEMPORAL_ADDRESS = DEV_SERVER;
    process.env.TEMPORAL_NAMESPACE = namespace;
    process.env.SUPERVISION_TASK_QUEUE = unique('supervision-schedule');
    process.env.FILING_TASK_QUEUE = unique('filing-schedule');
    process.env.EVALUATION_GROUP_ID = 'evaluation-e2e-schedule';
    delete process.env.EVALUATION_SCHEDULE_ON_START;
    evaluation = await bootService(EvaluationModule, EVALUATION_SERVICE);
    process.env.EVALUATION_URL = evaluation.url;
    worker = await startWorker({ namespace });
  }, 120_000);

  afterAll(async () => {
    await client?.schedule
      .getHandle('evaluation-cycle-opening')
      .delete()
      .catch(() => undefined);
    await evaluation?.close();
    await worker?.shutdown();
    await connection?.operatorService.deleteNamespace({ namespace }).catch(() => undefined);
    await connection?.close();
    delete process.env.TEMPORAL_NAMESPACE;
  });

  it('is created when the service starts: at 09:00 on 1 January in Shanghai, it opens the year before', async () => {
    const schedule = await waitFor('the schedule', async () => {
      const s = await scheduler().get<Schedule>('/evaluation-schedule');
      return s.status === 200 && s.body;
    });
    const { year } = dateParts(todayInShanghai(new Date()));
    expect(schedule).toMatchObject({
      scheduleId: 'evaluation-cycle-opening',
      workflowType: 'openEvaluationCycle',
      taskQueue: process.env.SUPERVISION_TASK_QUEUE,
      paused: false,
    });
    expect(schedule.spec.timezone).toBe('Asia/Shanghai');
    expect(new Date(schedule.nextActionTimes[0]).toISOString()).toBe(`${year + 1}-01-01T01:00:00.000Z`);
  });

  it('takes new timing and pausing by the scheduler; the same settings twice change nothing', async () => {
    const { year } = dateParts(todayInShanghai(new Date()));
    const moved = await scheduler().put<Schedule>('/evaluation-schedule', { cron: '30 8 2 1 *' });
    expect(moved.status).toBe(200);
    expect(new Date(moved.body.nextActionTimes[0]).toISOString()).toBe(`${year + 1}-01-02T00:30:00.000Z`);
    const again = await scheduler().put<Schedule>('/evaluation-schedule', { cron: '30 8 2 1 *' });
    expect(again.body.nextActionTimes).toEqual(moved.body.nextActionTimes);
    expect((await scheduler().put<Schedule>('/evaluation-schedule', { paused: true })).body.paused).toBe(true);
    const back = await scheduler().put<Schedule>('/evaluation-schedule', { cron: '0 9 1 1 *', paused: false });
    expect(back.body).toMatchObject({ paused: false });
    expect(new Date(back.body.nextActionTimes[0]).toISOString()).toBe(`${year + 1}-01-01T01:00:00.000Z`);
    expect((await httpClient(evaluation.url, supervisors.cityOfficer).put('/evaluation-schedule', {})).status).toBe(403);
  });

  it('when it fires, opens the cycle of the year before once, however often it fires or the year is opened by hand', async () => {
    const handle = client.schedule.getHandle('evaluation-cycle-opening');
    await handle.trigger();
    const first = await waitFor('the first run', async () => (await handle.describe()).info.recentActions[0]);
    const opened = await client.workflow.getHandle(first.action.workflow.workflowId).result();
    const year = dateParts(todayInShanghai(new Date())).year - 1;
    expect(opened).toEqual({ year, started: true });

    const cycle = await client.workflow.getHandle(`evaluation-${year}`).result();
    // Opened after its report deadline (30 April), a cycle asks nobody rather than fail everyone.
    const tooLate = Date.now() > endOfDayShanghai(`${year + 1}-04-30`).getTime();
    expect(cycle.status).toBe(tooLate ? 'TOO_LATE' : 'ALL_REQUESTED');

    await handle.trigger();
    const second = await waitFor('the second run', async () => (await handle.describe()).info.recentActions[1]);
    expect(await client.workflow.getHandle(second.action.workflow.workflowId).result()).toEqual({ year, started: false });
    expect((await scheduler().post<{ opened: boolean }>(`/evaluation-cycles/${year}`)).body.opened).toBe(false);
  });
});
