import { randomUUID } from 'node:crypto';
import { evaluationCycleWorkflow, SpaceEvaluationInput, spaceEvaluationWorkflow, type WorkflowFunction } from '@makerspace/contracts';
import { calendarDate, dateParts, RULESETS, selectRuleset, todayInShanghai } from '@makerspace/policy';
import { boundedCalls } from '../support/bounded-calls';
import type { RunContext } from '../support/run-context';
import { sleep, until } from '../support/stats';
import { cpuSeconds, residentMiB } from '../system/process-watch';
import { WORKER_ENV, workerMemorySettings } from '../system/system-processes';
import { ProbeWorker } from '../worker-probe/probe-worker';

export interface CycleComparison {
  spaces: number;
  year: number;
  /** N bare workflow starts, as many in flight as the cycle's starter keeps (no worker runs them). */
  bareMs: number;
  bareFailed: number;
  /** N bare workflows (start, one activity, wait) started as many in flight and run by a plain worker until each ran its activity. */
  bareWorkerMs: number;
  /** N space evaluations started directly by a client, as many in flight, until the worker has run the first task of each. */
  directMs: number;
  /** From the cycle's start until its last run completed: every space evaluation started. */
  allStartedMs: number;
  /** From the cycle's start until every self-report request was in the evaluation service's read model. */
  allOpenMs: number;
  /** Self-report requests in the read model at the end (all of them unless the run gave up). */
  open: number;
  /** allOpenMs / bareMs */
  ratio: number;
  /** allOpenMs / directMs */
  directRatio: number;
  /** allOpenMs / bareWorkerMs */
  bareWorkerRatio: number;
  /** The cycle run over each number of spaces (the smaller ones first, each in a year of its own): how its cost grows. */
  growth: CycleRun[];
}

/** The size the report extrapolates the cycle's growth to, in a straight line from the two largest measured. */
export const CYCLE_EXTRAPOLATED_TO = 50_000;

/** One cycle opened over a number of spaces, until every request was open. */
export interface CycleRun {
  spaces: number;
  allOpenMs: number;
  allStartedMs: number;
  open: number;
  /** CPU seconds the system's worker used, and its highest resident memory, while the cycle ran. */
  workerCpuSeconds: number;
  workerPeakMiB: number;
}

/** Starts the cycle's starter keeps in flight (workflows/src/activities/evaluation-starts.ts). */
const STARTS_IN_FLIGHT = 25;
const DIVISIONS = ['210302', '210303', '210304', '210311', '210321', '210323', '210381'];
const INSERT_BATCH = 5_000;

/** `count` ACTIVE spaces filed today, written straight into the evaluation service's space records. */
async function fileSpaces(ctx: RunContext, count: number, filedOn: string, year: number) {
  for (let from = 0; from < count; from += INSERT_BATCH) {
    const n = Math.min(INSERT_BATCH, count - from);
    const ids = Array.from({ length: n }, () => randomUUID());
    const numbers = ids.map((_, i) => `鞍科众备〔${year}〕${ctx.stack.runId}-${from + i + 1}`);
    const organisations = ids.map(() => randomUUID());
    const names = ids.map((_, i) => `创客空间 ${from + i + 1}`);
    const divisions = ids.map((_, i) => DIVISIONS[(from + i) % DIVISIONS.length]);
    await ctx.databases.query(
      'evaluation',
      `INSERT INTO "Space" (id, "filingNumber", "organisationId", name, "divisionCode", "filedOn", "updatedAt")
       SELECT id, num, org, name, div, $6, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS s(id, num, org, name, div)`,
      [ids, numbers, organisations, names, divisions, filedOn],
    );
  }
}

/** Wait until the supervision worker has run the first task of every space evaluation started so far (none pending on its queue). */
async function untilWorkerIdle(ctx: RunContext): Promise<void> {
  await until(
    'the worker to run the first task of every space evaluation',
    async () => (await ctx.temporal.backlog(ctx.stack.supervisionTaskQueue)) === 0,
    600_000,
    1_000,
  ).catch((e) => ctx.log(String(e)));
}

/** N bare evaluations started and run by a plain worker until each has run its activity (docs/benchmarks.md). */
async function bareWorkflowsRun(ctx: RunContext, taskQueue: string, maxMs: number): Promise<number> {
  const { spaces } = ctx.settings;
  ctx.log(`evaluation cycle: ${spaces} bare workflows run by a bare worker, ${STARTS_IN_FLIGHT} in flight`);
  // The same cache and heap bound as the system's supervision worker, in a process of its own.
  const memory = workerMemorySettings();
  const worker = await ProbeWorker.start(
    {
      address: ctx.stack.temporalAddress,
      namespace: ctx.stack.namespace,
      taskQueue,
      maxCachedWorkflows: memory.supervisionCache,
      reuseV8Context: true,
      workflowHeapMiB: memory.workflowHeapMiB,
    },
    WORKER_ENV,
  );
  try {
    const started = performance.now();
    const run = await boundedCalls(spaces, STARTS_IN_FLIGHT, maxMs, (i) =>
      ctx.temporal.client.workflow.start('bareEvaluation', { workflowId: `${taskQueue}-${i}`, taskQueue }),
    );
    if (run.failed) throw new Error(`bare workflows: ${run.firstError}`);
    await worker.activitiesReach(spaces, maxMs);
    return performance.now() - started;
  } finally {
    await worker.stop();
  }
}

/**
 * The year's cycle opened over the N ACTIVE spaces until every self-report request is open (in the
 * evaluation service's read model) and the cycle has started every evaluation; the system's worker
 * CPU and peak memory meanwhile.
 */
async function runCycle(ctx: RunContext, year: number, spaces: number, maxMs: number): Promise<CycleRun> {
  const ruleset = selectRuleset(RULESETS, calendarDate(year + 1, 1, 1));
  const workerPid = ctx.system.pid('worker');
  const cpuBefore = cpuSeconds(workerPid);
  let workerPeakMiB = 0;
  const watching = setInterval(
    () =>
      void residentMiB(new Map([['worker', workerPid]])).then(
        (m) => (workerPeakMiB = Math.max(workerPeakMiB, m.get('worker') ?? 0)),
        () => undefined,
      ),
    1_000,
  );
  try {
    ctx.log(`evaluation cycle: opening ${year} over ${spaces} spaces`);
    const started = performance.now();
    // Started as a run that has opened already (the input a continue-as-new gives), so it asks at once.
    const handle = await ctx.temporal.client.workflow.start(evaluationCycleWorkflow.type, {
      workflowId: evaluationCycleWorkflow.workflowId({ year }),
      taskQueue: ctx.stack.supervisionTaskQueue,
      args: [{ year, progress: { rulesetId: ruleset.id, rulesetVersion: ruleset.version, after: null, requested: 0, alreadyRequested: 0, eventsRaised: 0 } }],
    });
    let allStartedMs = NaN;
    let ended = false;
    void handle
      .result()
      .then(
        () => (allStartedMs = performance.now() - started),
        (e) => ctx.log(`evaluation cycle failed: ${String(e)}`),
      )
      .finally(() => (ended = true));
    let open = 0;
    let allOpenMs = NaN;
    let lastLog = started;
    while (!(ended && open >= spaces) && performance.now() - started < maxMs) {
      await sleep(250);
      if (open < spaces) {
        open = await requestsRecorded(ctx, year);
        if (open >= spaces) allOpenMs = performance.now() - started;
      }
      if (performance.now() - lastLog > 30_000) {
        lastLog = performance.now();
        ctx.log(`evaluation cycle: ${open} of ${spaces} requests open after ${Math.round((lastLog - started) / 1000)} s`);
      }
    }
    return { spaces, allOpenMs, allStartedMs, open, workerCpuSeconds: cpuSeconds(workerPid) - cpuBefore, workerPeakMiB };
  } finally {
    clearInterval(watching);
  }
}

async function requestsRecorded(ctx: RunContext, year: number): Promise<number> {
  const { rows } = await ctx.databases.query<{ n: number }>('evaluation', 'SELECT count(*)::int AS n FROM "Evaluation" WHERE year = $1', [year]);
  return rows[0].n;
}

/**
 * Opening the year's evaluation cycle over N ACTIVE spaces until every self-report request is
 * open (in the evaluation service's read model, where operators and the city see it), against
 * starting N bare workflows on the same server.
 *
 * The cycle is started as its first run is once open (input with its progress at the start): on a
 * real clock the current year's cycle would sleep until January, and last year's would be past its
 * report deadline. Everything after the opening (paging the spaces from the evaluation service,
 * starting the space evaluations in bounded batches, continuing as new per page, each evaluation
 * asking for its report and publishing the request, the read model recording it) runs as it does in
 * January.
 */
export async function measureEvaluationCycle(ctx: RunContext): Promise<CycleComparison> {
  const { spaces } = ctx.settings;
  const today = todayInShanghai(new Date());
  const year = dateParts(today).year;
  const client = ctx.temporal.client;
  const maxMs = Math.max(600_000, spaces * 60);

  // How the cost grows: the cycle over fewer spaces first, each the cycle of a later year (so each
  // evaluates its own), the spaces filed as they are needed.
  const smaller: CycleRun[] = [];
  let filed = 0;
  for (const [k, size] of ctx.settings.cycleGrowth
    .filter((n) => n < spaces)
    .sort((a, b) => a - b)
    .entries()) {
    ctx.log(`evaluation cycle: filing ${size - filed} more ACTIVE spaces (${size} in all)`);
    await fileSpaces(ctx, size - filed, today, year);
    filed = size;
    smaller.push(await runCycle(ctx, year + 1 + k, size, Math.max(600_000, size * 60)));
  }
  ctx.log(`evaluation cycle: filing ${spaces - filed} more ACTIVE spaces (${spaces} in all)`);
  await fileSpaces(ctx, spaces - filed, today, year);

  ctx.log(`evaluation cycle: ${spaces} bare workflow starts, ${STARTS_IN_FLIGHT} in flight`);
  const bareQueue = `bench-bare-${ctx.stack.runId}`;
  const bare = await boundedCalls(spaces, STARTS_IN_FLIGHT, maxMs, (i) =>
    client.workflow.start('benchBareWorkflow', { workflowId: `${bareQueue}-${i}`, taskQueue: bareQueue }),
  );

  const bareWorkerMs = await bareWorkflowsRun(ctx, `${bareQueue}-worker`, maxMs);

  const ruleset = selectRuleset(RULESETS, calendarDate(year + 1, 1, 1));
  ctx.log(`evaluation cycle: ${spaces} space evaluations started directly, ${STARTS_IN_FLIGHT} in flight, the worker running them`);
  const directStarted = performance.now();
  const direct = await boundedCalls(spaces, STARTS_IN_FLIGHT, maxMs, (i) => {
    const spaceId = `${bareQueue}-direct-${i}`;
    const input: SpaceEvaluationInput = {
      year,
      space: { spaceId, filingNumber: `直接-${i}`, spaceName: `创客空间 ${i}`, organisationId: spaceId, divisionCode: DIVISIONS[i % DIVISIONS.length] },
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
    };
    return client.workflow.start<WorkflowFunction<typeof spaceEvaluationWorkflow>>(spaceEvaluationWorkflow.type, {
      workflowId: spaceEvaluationWorkflow.workflowId(input),
      taskQueue: ctx.stack.supervisionTaskQueue,
      args: [input],
    });
  });
  if (direct.failed) throw new Error(`direct starts: ${direct.firstError}`);
  await untilWorkerIdle(ctx);
  const directMs = performance.now() - directStarted;

  const main = await runCycle(ctx, year, spaces, maxMs);
  const growth = [...smaller, main];
  return {
    spaces,
    year,
    bareMs: bare.elapsedMs,
    bareFailed: bare.failed + (spaces - bare.done - bare.failed),
    bareWorkerMs,
    directMs,
    allStartedMs: main.allStartedMs,
    allOpenMs: main.allOpenMs,
    open: main.open,
    ratio: main.allOpenMs / bare.elapsedMs,
    directRatio: main.allOpenMs / directMs,
    bareWorkerRatio: main.allOpenMs / bareWorkerMs,
    growth,
  };
}
