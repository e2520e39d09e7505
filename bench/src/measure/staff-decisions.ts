import { filingWorkflow, type WorkflowFunction } from '@makerspace/contracts';
import { signedIn } from '@makerspace/testing';
import { bareDecision } from '../bare-engine/bare-filing';
import { boundedCalls, CallsRun } from '../support/bounded-calls';
import { alternating, ThroughputComparison } from '../support/comparison';
import { aFilingInput, DISTRICT_OFFICER, DIVISION, RECOMMENDATION } from '../support/filing-inputs';
import { httpLoad } from '../support/http-load';
import { LOAD_MAX_MS, RunContext } from '../support/run-context';
import { until } from '../support/stats';
import { cpuSeconds } from '../system/process-watch';
import { WORKER_ENV, workerMemorySettings } from '../system/system-processes';
import { ProbeWorker } from '../worker-probe/probe-worker';

interface OpenTask {
  id: string;
  applicationId: string;
}

export interface DecisionComparison extends ThroughputComparison {
  /** Milliseconds of CPU per decision of the system's worker (while review's decisions ran) and of the bare worker (while the bare ones ran). */
  workerCpuMs: { system: number; bare: number };
}

/**
 * The open tasks most recently opened: those of the procedures the worker holds in its cache. The
 * bench leaves thousands of procedures open at once, more than a worker caches (and more than a
 * city has in flight); deciding them oldest first, in the order they were cached, would make
 * every decision rebuild its procedure from history. What such a decision costs is measured apart
 * ("A lean worker", the smaller cache).
 */
function openTasks(ctx: RunContext, limit: number) {
  return ctx.databases.query<OpenTask>(
    'review',
    `SELECT id, "applicationId" FROM "Task" WHERE kind = 'preliminary-review' AND status = 'OPEN' AND scope = $1 ORDER BY "openedAt" DESC, id LIMIT $2`,
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
      return ctx.temporal.client.workflow.start<WorkflowFunction<typeof filingWorkflow>>(filingWorkflow.type, {
        workflowId: filingWorkflow.workflowId(input),
        taskQueue: ctx.stack.filingTaskQueue,
        args: [input],
      });
    });
    if (started.failed) throw new Error(`starting filing workflows: ${started.firstError}`);
  }
  return until(
    `${count} open preliminary-review tasks in review's inbox`,
    async () => {
      const { rows } = await openTasks(ctx, count);
      return rows.length === count && rows;
    },
    LOAD_MAX_MS,
    500,
  );
}

/** `count` bare procedures started on the bare worker, each with its first task open and its first events published. */
async function prepareBareProcedures(ctx: RunContext, worker: ProbeWorker, taskQueue: string, count: number): Promise<string[]> {
  ctx.log(`staff decisions: starting ${count} bare procedures on the bare worker`);
  const ids = Array.from({ length: count }, (_, i) => `${taskQueue}-${i}`);
  const started = await boundedCalls(count, 25, LOAD_MAX_MS, (i) =>
    ctx.temporal.client.workflow.start('bareFiling', { workflowId: ids[i], taskQueue, args: [aFilingInput()] }),
  );
  if (started.failed) throw new Error(`starting bare procedures: ${started.firstError}`);
  await worker.activitiesReach(count, LOAD_MAX_MS);
  return ids;
}

/**
 * Staff decisions per second through review (the task read from the inbox, the claim checked, the
 * decision sent as the filing workflow's `decideTask` update and its answer awaited, the audit
 * entry), under autocannon, against bare updates of a bare procedure that does per decision what
 * the filing workflow does (an update, a timer cancelled and one started, an activity;
 * bare-engine/bare-filing.ts) on a bare worker with the same cache, as many in flight. Also the
 * CPU each worker spent per decision.
 */
export async function measureStaffDecisions(ctx: RunContext): Promise<DecisionComparison> {
  const { decisions, concurrency } = ctx.settings;
  const warmUp = Math.min(100, Math.ceil(decisions / 10));
  const tasks = await prepareOpenTasks(ctx, warmUp + decisions);
  const bareQueue = `bench-bare-filing-${ctx.stack.runId}`;
  const memory = workerMemorySettings();
  const bareWorker = await ProbeWorker.start(
    {
      address: ctx.stack.temporalAddress,
      namespace: ctx.stack.namespace,
      taskQueue: bareQueue,
      maxCachedWorkflows: memory.filingCache,
      reuseV8Context: true,
      workflowHeapMiB: memory.workflowHeapMiB,
    },
    WORKER_ENV,
  );
  try {
    const bareProcedures = await prepareBareProcedures(ctx, bareWorker, bareQueue, warmUp + decisions);
    const client = ctx.temporal.client;
    const officer = await signedIn(DISTRICT_OFFICER);
    const workerPid = ctx.system.pid('worker');
    const cpu = { system: 0, bare: 0 };

    const decideThrough = (list: OpenTask[]): Promise<CallsRun> =>
      httpLoad(ctx.system.urls.review, {
        count: list.length,
        connections: concurrency,
        maxMs: LOAD_MAX_MS,
        expect: 200,
        request: (i) => ({
          method: 'POST',
          path: `/tasks/${list[i].id}/decision`,
          headers: officer,
          body: { outcome: 'RECOMMEND', recommendation: RECOMMENDATION },
        }),
      });
    const decideBare = (list: string[]): Promise<CallsRun> =>
      boundedCalls(list.length, concurrency, LOAD_MAX_MS, (i) =>
        client.workflow.getHandle(list[i]).executeUpdate(bareDecision, { args: [{ taskId: 'task-0', outcome: 'RECOMMEND' }] }),
      );
    /** The decisions' own work includes publishing what they raised: wait for it before reading the CPU. */
    const measuredBare = async (list: string[], published: number) => {
      const before = (await bareWorker.stats()).cpuSeconds;
      const run = await decideBare(list);
      cpu.bare += (await bareWorker.activitiesReach(published, LOAD_MAX_MS)).cpuSeconds - before;
      return run;
    };
    const measuredSystem = async (list: OpenTask[]) => {
      const before = cpuSeconds(workerPid);
      const run = await decideThrough(list);
      cpu.system += cpuSeconds(workerPid) - before;
      return run;
    };

    ctx.log(`staff decisions: warming up (${warmUp} each way)`);
    let published = bareProcedures.length;
    await decideBare(bareProcedures.slice(0, warmUp));
    published += warmUp;
    await decideThrough(tasks.slice(0, warmUp));
    const review = tasks.slice(warmUp);
    const bare = bareProcedures.slice(warmUp);
    ctx.log(`staff decisions: ${decisions} through review and ${decisions} bare updates, ${concurrency} in flight`);
    const comparison = await alternating(decisions, {
      bare: (from, count) => measuredBare(bare.slice(from, from + count), (published += count)),
      system: (from, count) => measuredSystem(review.slice(from, from + count)),
    });
    return { ...comparison, workerCpuMs: { system: (cpu.system * 1000) / decisions, bare: (cpu.bare * 1000) / decisions } };
  } finally {
    await bareWorker.stop();
  }
}
