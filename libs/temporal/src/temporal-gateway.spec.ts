import { TestWorkflowEnvironment } from '@temporalio/testing';
import { evaluationCycleWorkflow, openEvaluationCycleWorkflow, spaceChangeWorkflow } from '@makerspace/contracts';
import { TemporalGateway } from './temporal-gateway';
import { TemporalUnavailable } from './temporal-unavailable';

const taskQueues = { filing: 'filing-here', supervision: 'supervision-here' };

describe('the Temporal gateway', () => {
  it('runs a definition on the task queue its settings name for it', () => {
    const gateway = new TemporalGateway({ address: '127.0.0.1:1', namespace: 'default', taskQueues });
    expect(gateway.taskQueueOf(evaluationCycleWorkflow)).toBe('supervision-here');
    expect(gateway.scheduleAction(openEvaluationCycleWorkflow, 'opening-run')).toEqual({
      type: 'startWorkflow',
      workflowType: 'openEvaluationCycle',
      workflowId: 'opening-run',
      taskQueue: 'supervision-here',
      args: [],
    });
  });

  it('says Temporal is unavailable when nothing answers where it looks', async () => {
    const gateway = new TemporalGateway({ address: '127.0.0.1:1', namespace: 'default', taskQueues });
    await expect(gateway.status('evaluation-2026')).rejects.toBeInstanceOf(TemporalUnavailable);
    await gateway.close();
  });

  describe('on a Temporal server', () => {
    let env: TestWorkflowEnvironment;
    let gateway: TemporalGateway;

    beforeAll(async () => {
      const path = process.env.TEMPORAL_TEST_SERVER_PATH ?? `${__dirname}/../../../.stack/bin/temporal-test-server`;
      env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
      gateway = new TemporalGateway({ address: env.address, namespace: 'default', taskQueues });
    }, 120_000);

    afterAll(async () => {
      await gateway?.close();
      await env?.teardown();
    });

    // No worker polls these queues: a start only records the workflow, which is all a start is.
    it('starts a workflow once under the id its definition gives; a second start starts nothing', async () => {
      expect(await gateway.startOnce(evaluationCycleWorkflow, { year: 2031 })).toBe(true);
      expect(await gateway.startOnce(evaluationCycleWorkflow, { year: 2031 })).toBe(false);
      const description = await (await gateway.handle(evaluationCycleWorkflow, 'evaluation-2031')).describe();
      expect(description).toMatchObject({ type: 'evaluationCycle', taskQueue: 'supervision-here', status: { name: 'RUNNING' } });
    });

    it('gives the status of a workflow, and null for one never started', async () => {
      const input = {
        changeId: 'c-1',
        space: { spaceId: 's-1', filingNumber: 'n', spaceName: 'x', organisationId: 'o', divisionCode: '210302' },
        change: {},
        source: 'STAFF' as const,
        registeredBy: { id: 'city', role: 'city-officer' as const, scope: null },
        report: null,
        rulesetId: 'anshan-2020-trial',
        rulesetVersion: 1,
      };
      await gateway.startOnce(spaceChangeWorkflow, input);
      expect(await gateway.status('change-s-1-c-1')).toBe('RUNNING');
      expect(await gateway.status('change-s-1-never')).toBeNull();
    });
  });
});
