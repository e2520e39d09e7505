import { decideTask, filingWorkflow, filingWorkflowId, type WorkflowFunction } from '@makerspace/contracts';
import { signedIn } from '@makerspace/testing';
import { boundedCalls, CallsRun } from '../support/bounded-calls';
import { alternating, ThroughputComparison } from '../support/comparison';
import { aFilingInput, DISTRICT_OFFICER, DIVISION, RECOMMENDATION } from '../support/filing-inputs';
import { httpLoad } from '../support/http-load';
import { LOAD_MAX_MS, RunContext } from '../support/run-context';
import { until } from '../support/stats';

interface OpenTask {
  id: string;
  applicationId: string;
}

function openTasks(ctx: RunContext, limit: number) {
  return ctx.databases.query<OpenTask>(
    'review',
    `SELECT id, "applicationId" FROM "Task" WHERE kind = 'preliminary-review' AND status = 'OPEN' AND scope = $1 ORDER BY "openedAt", id LIMIT $2`,
    [DIVISION, limit],
  );
}

/**
 * `count` filing workflows in PRELIMINARY_REVIEW with their task open in review's inbox: those the
 * submit measure left, and as many more as needed started directly.
 */
async function prepareOpenTasks(ctx: RunContext, count: number): Promise<OpenTask[]> {
  const have = (await openTasks(ctx, count)).rows.length;
  if (have < count) {
    ctx.log(`staff decisions: starting ${count - have} filing workflows`);
    const started = await boundedCalls(count - have, 25, LOAD_MAX_MS, () => {
      const input = aFilingInput();
      return ctx.temporal.client.workflow.start<WorkflowFunction<typeof filingWorkflow>>(filingWorkflow.type, { workflowId: filingWorkflow.workflowId(input), taskQueue: ctx.stack.filingTaskQueue, args: [input] });
    });
    if (started.failed) throw new Error(`starting filing workflows: ${started.firstError}`);
  }
  return until(`${count} open preliminary-review tasks in review's inbox`, async () => {
    const { rows } = await openTasks(ctx, count);
    return rows.length === count && rows;
  }, LOAD_MAX_MS, 500);
}

/**
 * Staff decisions per second through review (the task read from the inbox, the claim checked, the
 * decision sent as the workflow's `decideTask` update and its answer awaited), under autocannon,
 * against bare `executeUpdate` of the same decision on other workflows in the same stage.
 */
export async function measureStaffDecisions(ctx: RunContext): Promise<ThroughputComparison> {
  const { decisions, concurrency } = ctx.settings;
  const warmUp = Math.min(100, Math.ceil(decisions / 10));
  const tasks = await prepareOpenTasks(ctx, 2 * (warmUp + decisions));
  const throughReview = tasks.filter((_, i) => i % 2 === 0);
  const bareTasks = tasks.filter((_, i) => i % 2 === 1);
  const client = ctx.temporal.client;
  const officer = await signedIn(DISTRICT_OFFICER);

  const decideThrough = (list: OpenTask[]): Promise<CallsRun> =>
    httpLoad(ctx.system.urls.review, {
      count: list.length,
      connections: concurrency,
      maxMs: LOAD_MAX_MS,
      expect: 200,
      request: (i) => ({ method: 'POST', path: `/tasks/${list[i].id}/decision`, headers: officer, body: { outcome: 'RECOMMEND', recommendation: RECOMMENDATION } }),
    });
  const decideBare = (list: OpenTask[]): Promise<CallsRun> =>
    boundedCalls(list.length, concurrency, LOAD_MAX_MS, (i) =>
      client.workflow.getHandle(filingWorkflowId(list[i].applicationId)).executeUpdate(decideTask, {
        args: [{ taskId: list[i].id, actor: { ...DISTRICT_OFFICER }, outcome: 'RECOMMEND', recommendation: RECOMMENDATION }],
      }),
    );

  ctx.log(`staff decisions: warming up (${warmUp} each way)`);
  await decideBare(bareTasks.slice(0, warmUp));
  await decideThrough(throughReview.slice(0, warmUp));
  const review = throughReview.slice(warmUp);
  const bare = bareTasks.slice(warmUp);
  ctx.log(`staff decisions: ${decisions} through review and ${decisions} bare updates, ${concurrency} in flight`);
  return alternating(decisions, {
    bare: (from, count) => decideBare(bare.slice(from, from + count)),
    system: (from, count) => decideThrough(review.slice(from, from + count)),
  });
}
