import { readFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { decideTask, filingState, filingWorkflow, type WorkflowFunction } from '@makerspace/contracts';
import { WORKFLOW_BUNDLE_NAMES, WorkflowBundleSandbox, workflowBundleFile, type WorkflowBundleName } from '@makerspace/workflows/testing';
import { bareDecision } from '../bare-engine/bare-filing';
import { boundedCalls } from '../support/bounded-calls';
import { aFilingInput, DISTRICT_OFFICER, RECOMMENDATION } from '../support/filing-inputs';
import { LOAD_MAX_MS, RunContext } from '../support/run-context';
import { sleep } from '../support/stats';
import { REPO_ROOT, WORKER_ENV, workerMemorySettings } from '../system/system-processes';
import { ProbeStats, ProbeWorker } from '../worker-probe/probe-worker';

/** A prebuilt workflow bundle, and what it costs each workflow the SDK starts or replays with it. */
export interface BundleFigures {
  name: WorkflowBundleName;
  codeKiB: number;
  sourceMapKiB: number;
  /** Modules in the bundle, and those evaluated once for a workflow thread (the bundle's own and the preloaded libraries). */
  modules: number;
  sharedModules: number;
  /** Modules a new (or replayed) workflow evaluates for itself, and the CPU that takes. */
  modulesPerWorkflow: number;
  cpuMsPerWorkflow: number;
}

/** The resident memory of the probe worker with this many procedures cached. */
export interface MemorySample {
  cached: number;
  residentMiB: number;
}

/** One worker configuration run over a number of procedures: each started, then decided once. */
export interface WorkerRun {
  label: string;
  workflow: 'filing' | 'bareFiling';
  reuseV8Context: boolean;
  maxCachedWorkflows: number;
  procedures: number;
  idleMiB: number;
  /** Resident memory as the cache filled (the last sample: every procedure started). */
  memory: MemorySample[];
  peakMiB: number;
  /**
   * What each more cached procedure adds: the slope of resident memory from a quarter of the
   * procedures cached to all of them (what a worker needs at rest and for its first workflows
   * left out). NaN when the cache is smaller than the procedures.
   */
  kibPerCached: number;
  /** Milliseconds of worker CPU per procedure started (its first workflow tasks and its first publish) and per decision. */
  cpuMsPerStart: number;
  cpuMsPerDecision: number;
  /** Workflow tasks a procedure's start and a decision take (from a sample of histories), and the CPU per task. */
  tasksPerStart: number;
  tasksPerDecision: number;
  cpuMsPerTask: number;
  decisionsPerSecond: number;
  failed: number;
  firstError?: string;
}

export interface LeanWorkerFigures {
  bundles: BundleFigures[];
  runs: WorkerRun[];
  settings: ReturnType<typeof workerMemorySettings>;
}

const IN_FLIGHT = 16;
const SANDBOX_ROUNDS = 300;

function bundleFigures(name: WorkflowBundleName): BundleFigures {
  const code = readFileSync(workflowBundleFile(name, path.join(REPO_ROOT, 'workflows/dist')), 'utf8');
  const mapAt = code.lastIndexOf('\n//# sourceMappingURL=');
  const sandbox = new WorkflowBundleSandbox(code);
  const perWorkflow = sandbox.startOne();
  return {
    name,
    codeKiB: mapAt / 1024,
    sourceMapKiB: (code.length - mapAt) / 1024,
    modules: [...code.matchAll(/^\/\*\*\*\/ "(\.\/[^"]+)"$/gm)].length,
    sharedModules: sandbox.sharedModules.length,
    modulesPerWorkflow: perWorkflow.length,
    cpuMsPerWorkflow: sandbox.cpuMsPerStart(SANDBOX_ROUNDS),
  };
}

/** Workflow tasks completed before the procedure's first update was accepted, and after. */
async function tasksOf(ctx: RunContext, workflowId: string): Promise<{ start: number; decision: number }> {
  const { EventType } = temporal.api.enums.v1;
  const history = await ctx.temporal.client.workflow.getHandle(workflowId).fetchHistory();
  const events = history.events ?? [];
  const accepted = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
  const completed = (from: number, to: number) => events.slice(from, to).filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED).length;
  return { start: completed(0, accepted), decision: completed(accepted, events.length) };
}

interface RunSpec {
  label: string;
  workflow: WorkerRun['workflow'];
  reuseV8Context: boolean;
  maxCachedWorkflows: number;
}

async function runWorker(ctx: RunContext, spec: RunSpec, procedures: number, heapMiB: number, index: number): Promise<WorkerRun> {
  const taskQueue = `bench-lean-${ctx.stack.runId}-${index}`;
  const filing = spec.workflow === 'filing';
  const worker = await ProbeWorker.start(
    {
      address: ctx.stack.temporalAddress,
      namespace: ctx.stack.namespace,
      taskQueue,
      bundle: filing ? workflowBundleFile('filing', path.join(REPO_ROOT, 'workflows/dist')) : undefined,
      maxCachedWorkflows: spec.maxCachedWorkflows,
      reuseV8Context: spec.reuseV8Context,
      workflowHeapMiB: heapMiB,
    },
    WORKER_ENV,
  );
  let peakMiB = 0;
  const sample = async (): Promise<ProbeStats> => {
    const s = await worker.stats();
    peakMiB = Math.max(peakMiB, s.residentMiB);
    return s;
  };
  const watching = setInterval(() => void sample().catch(() => undefined), 1_000);
  try {
    await sleep(3_000);
    const idle = await sample();
    const client = ctx.temporal.client;
    const ids = Array.from({ length: procedures }, (_, i) => `${taskQueue}-${i}`);
    const start = (i: number) =>
      filing
        ? client.workflow.start<WorkflowFunction<typeof filingWorkflow>>(filingWorkflow.type, { workflowId: ids[i], taskQueue, args: [aFilingInput()] })
        : client.workflow.start('bareFiling', { workflowId: ids[i], taskQueue, args: [aFilingInput()] });
    // In quarters: the memory as the cache fills.
    const memory: MemorySample[] = [];
    for (let q = 1; q <= 4; q += 1) {
      const from = Math.floor(((q - 1) * procedures) / 4);
      const to = Math.floor((q * procedures) / 4);
      const started = await boundedCalls(to - from, 25, LOAD_MAX_MS, (i) => start(from + i));
      if (started.failed) throw new Error(`starting procedures: ${started.firstError}`);
      const s = await worker.activitiesReach(to, LOAD_MAX_MS);
      memory.push({ cached: Math.min(to, spec.maxCachedWorkflows), residentMiB: s.residentMiB });
    }
    const afterStarts = await sample();
    const taskIds = ids.map(() => 'task-0');
    if (filing)
      await boundedCalls(
        procedures,
        25,
        LOAD_MAX_MS,
        async (i) => void (taskIds[i] = (await client.workflow.getHandle(ids[i]).query(filingState)).openTasks[0].taskId),
      );
    const beforeDecisions = await sample();
    const decided = await boundedCalls(procedures, IN_FLIGHT, LOAD_MAX_MS, (i) =>
      filing
        ? client.workflow
            .getHandle(ids[i])
            .executeUpdate(decideTask, { args: [{ taskId: taskIds[i], actor: { ...DISTRICT_OFFICER }, outcome: 'RECOMMEND', recommendation: RECOMMENDATION }] })
        : client.workflow.getHandle(ids[i]).executeUpdate(bareDecision, { args: [{ taskId: taskIds[i], outcome: 'RECOMMEND' }] }),
    );
    const afterDecisions = await worker.activitiesReach(procedures + decided.done, LOAD_MAX_MS);
    const tasks = await Promise.all(ids.slice(0, 3).map((id) => tasksOf(ctx, id)));
    const tasksPerStart = tasks.reduce((sum, t) => sum + t.start, 0) / tasks.length;
    const tasksPerDecision = tasks.reduce((sum, t) => sum + t.decision, 0) / tasks.length;
    const startCpu = afterStarts.cpuSeconds - idle.cpuSeconds;
    const decisionCpu = afterDecisions.cpuSeconds - beforeDecisions.cpuSeconds;
    const [first, last] = [memory[0], memory[memory.length - 1]];
    return {
      ...spec,
      procedures,
      idleMiB: idle.residentMiB,
      memory,
      peakMiB,
      kibPerCached: last.cached > first.cached ? ((last.residentMiB - first.residentMiB) * 1024) / (last.cached - first.cached) : NaN,
      cpuMsPerStart: (startCpu * 1000) / procedures,
      cpuMsPerDecision: (decisionCpu * 1000) / Math.max(decided.done, 1),
      tasksPerStart,
      tasksPerDecision,
      cpuMsPerTask: ((startCpu + decisionCpu) * 1000) / (procedures * tasksPerStart + decided.done * tasksPerDecision),
      decisionsPerSecond: (decided.done * 1000) / decided.elapsedMs,
      failed: decided.failed,
      ...(decided.firstError ? { firstError: decided.firstError } : {}),
    };
  } finally {
    clearInterval(watching);
    await worker.stop();
  }
}

/**
 * The worker on its own (docs/benchmarks.md, "A lean worker"): what the prebuilt bundles cost each
 * workflow, then a worker process of the bench's own (the filing bundle the build wrote, activities
 * in memory, the system worker's heap bound and allocator setting) over N procedures started and
 * each decided once: the CPU per start, per decision and per workflow task, and the resident memory
 * as the cache fills, with the V8 context reused (the SDK's default) and not, with a cache smaller
 * than the procedures decided (each decision rebuilds its procedure from history), and the bare
 * procedure for comparison.
 */
export async function measureLeanWorker(ctx: RunContext): Promise<LeanWorkerFigures> {
  const bundles = WORKFLOW_BUNDLE_NAMES.map(bundleFigures);
  const settings = workerMemorySettings();
  const n = ctx.settings.workerProcedures;
  const specs: RunSpec[] = [
    { label: 'our filing workflow, every procedure cached', workflow: 'filing', reuseV8Context: true, maxCachedWorkflows: n },
    {
      label: 'our filing workflow, a cache of a quarter of the procedures (decisions rebuild theirs)',
      workflow: 'filing',
      reuseV8Context: true,
      maxCachedWorkflows: Math.ceil(n / 4),
    },
    { label: 'our filing workflow, a V8 context per workflow (reuseV8Context off)', workflow: 'filing', reuseV8Context: false, maxCachedWorkflows: n },
    { label: 'the bare procedure, every procedure cached', workflow: 'bareFiling', reuseV8Context: true, maxCachedWorkflows: n },
  ];
  const runs: WorkerRun[] = [];
  for (const [i, spec] of specs.entries()) {
    ctx.log(`lean worker: ${spec.label}, ${n} procedures`);
    runs.push(await runWorker(ctx, spec, n, settings.workflowHeapMiB, i));
  }
  return { bundles, runs, settings };
}
