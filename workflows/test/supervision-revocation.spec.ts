import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { confirmResult, decideChange, EventEnvelope, SpaceChangeInput, SpaceEvaluationInput, SpaceRecord, SpaceRevokedNotice, spaceRevoked } from '@makerspace/contracts';
import { addCalendarMonths, addDays, CalendarDate, dateParts, todayInShanghai } from '@makerspace/policy';
import { workflowBundleOptions } from '../src/bundling/workflow-bundle-options';

const space = { spaceId: 'space-1', filingNumber: '鞍科众备〔2026〕001', spaceName: '鞍山创客工场', organisationId: 'org-1', divisionCode: '210302' };
const cityOfficer = { id: 'officer-city', role: 'city-officer' as const, scope: null };
const reasons = [{ text: '逾期未报告变更 / not reported in time', article: 'Art. 8' }];

/**
 * The supervision workflows' part in a revocation, on Temporal's time-skipping test server with
 * the real workflow code and in-memory activities (what they published, what they were asked):
 * a revocation elsewhere ends an open change once, however often it is told, and closes its
 * task; the second unqualified year confirmed revokes and asks for the space's other workflows to end.
 */
describe('the supervision workflows when a space is revoked (Art. 7, Art. 8)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const published: EventEnvelope[] = [];
  const endings: (SpaceRevokedNotice & { spaceId: string })[] = [];
  let record: SpaceRecord;
  const taskQueue = 'supervision-revocation-unit';

  beforeAll(async () => {
    const path = process.env.TEMPORAL_TEST_SERVER_PATH ?? `${__dirname}/../../.stack/bin/temporal-test-server`;
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await bundleWorkflowCode({ ...workflowBundleOptions(require.resolve('../src/supervision-workflows')), logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } }),
      activities: {
        publishEvents: async (events: EventEnvelope[]) => void published.push(...events),
        spaceRecord: async () => record,
        endSupervisionOf: async (notice: SpaceRevokedNotice & { spaceId: string }) => {
          endings.push(notice);
          return { signalled: 0 };
        },
      },
    });
    running = worker.run();
  }, 180_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  const today = async () => todayInShanghai(new Date(await env.currentTimeMs()));
  /** Let simulated time run to 01:00 in Shanghai on `date`. */
  async function sleepUntil(date: string) {
    const ms = Date.parse(`${date}T01:00:00+08:00`) - (await env.currentTimeMs());
    if (ms > 0) await env.sleep(ms);
  }
  const evaluationOf = (year: number): SpaceEvaluationInput => ({ year, space, rulesetId: 'anshan-2020-trial', rulesetVersion: 1 });
  const typesOf = (workflowId: string) => published.filter((e) => e.id.startsWith(`${workflowId}:`)).map((e) => e.type);

  it('ends an overdue change once, however often the revocation is signalled, and cancels its city task', async () => {
    const effectiveOn = await today();
    const input: SpaceChangeInput = {
      changeId: 'c-1',
      space,
      change: { kind: 'NAME', effectiveOn, name: '鞍山智造工场' },
      source: 'STAFF',
      registeredBy: cityOfficer,
      report: null,
      rulesetId: 'anshan-2020-trial',
      rulesetVersion: 1,
    };
    const workflowId = 'change-space-1-c-1';
    const handle = await env.client.workflow.start('spaceChange', { workflowId, taskQueue, args: [input] });
    await sleepUntil(addDays(addCalendarMonths(effectiveOn, 3), 1));
    expect(typesOf(workflowId)).toContain('change.deadline.missed');
    const opened = published.find((e) => e.type === 'space.task.opened' && e.id.startsWith(workflowId))!;
    expect(opened.payload).toMatchObject({ stage: 'OVERDUE_CHANGE', assigneeRole: 'city-officer', taskId: `${workflowId}/OVERDUE_CHANGE` });

    const notice: SpaceRevokedNotice = { revokedOn: await today(), article: 'Art. 7', revokedBy: 'evaluation-2026-space-1' };
    await handle.signal(spaceRevoked, notice);
    expect(await handle.result()).toEqual({ status: 'ENDED' });
    await expect(handle.signal(spaceRevoked, notice)).rejects.toThrow();
    await expect(handle.executeUpdate(decideChange, { args: [{ actor: cityOfficer, outcome: 'REVOKE', reasons }] })).rejects.toThrow();

    const types = typesOf(workflowId);
    expect(types.filter((t) => t === 'change.ended')).toHaveLength(1);
    expect(types.slice(-2)).toEqual(['space.task.completed', 'change.ended']);
    expect(published.find((e) => e.type === 'space.task.completed' && e.id.startsWith(workflowId))!.payload).toMatchObject({ outcome: 'CANCELLED' });
    expect(endings).toEqual([]);
  });

  it('revokes on the second unqualified year confirmed, and asks for the space’s other workflows to end', async () => {
    const year = dateParts(await today()).year - 1;
    record = { ...space, status: 'ACTIVE', filedOn: '2020-12-01', revocation: null, declaration: null, grades: { [year - 1]: 'D' }, evaluations: [], changes: [] };
    const workflowId = `evaluation-${year}-space-1`;
    const handle = await env.client.workflow.start('spaceEvaluation', { workflowId, taskQueue, args: [evaluationOf(year)] });
    await sleepUntil(addDays(`${year + 1}-04-30` as CalendarDate, 2));
    expect(typesOf(workflowId)).toEqual(expect.arrayContaining(['evaluation.self-report.missed', 'evaluation.result.scored', 'space.task.opened']));

    await handle.executeUpdate(confirmResult, { args: [{ actor: cityOfficer, outcome: 'CONFIRM' }] });
    expect(await handle.result()).toMatchObject({ grade: 'D', consequence: 'REVOKED' });
    const revoked = published.find((e) => e.type === 'space.revoked' && e.id.startsWith(`${workflowId}:`))!;
    expect(revoked.payload).toMatchObject({ article: 'Art. 7', unqualifiedYears: [year - 1, year] });
    expect(endings).toEqual([{ spaceId: 'space-1', revokedOn: (revoked.payload as { revokedOn: string }).revokedOn, article: 'Art. 7', revokedBy: workflowId }]);
  });

  it('ends an evaluation awaiting its report when the space is revoked elsewhere, and takes no report after', async () => {
    const year = dateParts(await today()).year;
    const workflowId = `evaluation-${year}-space-1`;
    const handle = await env.client.workflow.start('spaceEvaluation', { workflowId, taskQueue, args: [evaluationOf(year)] });
    await handle.signal(spaceRevoked, { revokedOn: await today(), article: 'Art. 8', revokedBy: 'change-space-1-c-2' });
    expect(await handle.result()).toEqual({ grade: null, corrected: false, consequence: 'ENDED' });
    expect(typesOf(workflowId)).toEqual(['evaluation.ended']);
    expect(published.find((e) => e.id.startsWith(`${workflowId}:`))!.payload).toMatchObject({ year, article: 'Art. 8' });
  });
});
