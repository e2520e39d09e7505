import { Client } from '@temporalio/client';
import { openEvaluationCycleWorkflow, type WorkflowFunction } from '@makerspace/contracts';
import { CalendarDate, dateParts, evaluationCycleOpensOn, RULESETS } from '@makerspace/policy';
import { WorkflowTestBed } from '../../test/support/workflow-test-bed';

const ruleset = RULESETS[0];

/**
 * What the yearly Schedule starts (`openEvaluationCycle`), on the time-skipping test server with
 * the start of the cycle in memory: the cycle whose opening day (the ruleset's) has come, once.
 */
describe('the opening of the year’s cycle by the Schedule', () => {
  let bed: WorkflowTestBed;
  const opened = new Set<number>();

  beforeAll(async () => {
    bed = await WorkflowTestBed.start('supervision', {
      startEvaluationCycle: async (year) => {
        if (opened.has(year)) return false;
        opened.add(year);
        return true;
      },
    });
  }, 180_000);

  afterAll(() => bed?.stop());

  /**
   * A run as the Schedule starts one: no input, an id of the Schedule's. Its result is awaited on a
   * client that does not let the test server skip time meanwhile: the run has nothing to wait for.
   */
  const run = (n: number) =>
    new Client({ connection: bed.env.connection }).workflow.execute<WorkflowFunction<typeof openEvaluationCycleWorkflow>>(openEvaluationCycleWorkflow.type, {
      workflowId: `evaluation-cycle-opening-run-${n}`,
      taskQueue: bed.temporal.taskQueueOf(openEvaluationCycleWorkflow),
      args: [],
    });

  it('opens the cycle of the year before on the opening day, and nothing on a second run', async () => {
    const nextOpening = evaluationCycleOpensOn(dateParts((await bed.today()) as CalendarDate).year, ruleset);
    await bed.sleepUntil(nextOpening, 9);

    expect(await run(1)).toEqual({ year: dateParts(nextOpening).year - 1, started: true });
    expect(await run(2)).toEqual({ year: dateParts(nextOpening).year - 1, started: false });
  });
});
