import type { CycleRun } from '../measure/evaluation-cycle';
import type { LeanWorkerFigures } from '../measure/lean-worker';
import type { BenchResults } from './bench-results';
import { whole } from './figure-rows';

const one = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const two = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');

export const BUNDLE_HEADER = [
  'bundle',
  'code',
  'source map',
  'modules',
  'evaluated once per workflow thread',
  'evaluated for each new workflow',
  'CPU per new workflow',
];

export function bundleRows(w: LeanWorkerFigures): string[][] {
  return w.bundles.map((b) => [
    b.name,
    `${whole(b.codeKiB)} KiB`,
    `${whole(b.sourceMapKiB)} KiB`,
    whole(b.modules),
    whole(b.sharedModules),
    whole(b.modulesPerWorkflow),
    `${two(b.cpuMsPerWorkflow)} ms`,
  ]);
}

export const WORKER_RUN_HEADER = [
  'worker (procedures started, then each decided once)',
  'cache',
  'CPU per start',
  'CPU per decision',
  'workflow tasks per start / decision',
  'CPU per task',
  'decisions/s',
  'memory as the cache fills',
  'each more cached workflow',
  'peak',
];

export function workerRunRows(w: LeanWorkerFigures): string[][] {
  return w.runs.map((r) => [
    `${r.label}${r.failed ? `; ${r.failed} decisions failed (${(r.firstError ?? '').slice(0, 120)})` : ''}`,
    whole(r.maxCachedWorkflows),
    `${one(r.cpuMsPerStart)} ms`,
    `${one(r.cpuMsPerDecision)} ms`,
    `${one(r.tasksPerStart)} / ${one(r.tasksPerDecision)}`,
    `${one(r.cpuMsPerTask)} ms`,
    whole(r.decisionsPerSecond),
    [`${whole(r.idleMiB)} MiB at rest`, ...r.memory.map((m) => `${whole(m.residentMiB)} MiB with ${whole(m.cached)}`)].join(', '),
    Number.isFinite(r.kibPerCached) ? `${whole(r.kibPerCached)} KiB` : '-',
    `${whole(r.peakMiB)} MiB`,
  ]);
}

export const GROWTH_HEADER = ['spaces', 'every request open', 'every evaluation started', 'worker CPU', 'worker CPU per space', 'worker peak memory'];

/** The cycle at each size measured, and a size beyond them extrapolated in a straight line from the two largest (said so). */
export function growthRows(runs: CycleRun[], extrapolateTo: number): string[][] {
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'not reached');
  const rows = runs.map((c) => [
    whole(c.spaces),
    s(c.allOpenMs),
    s(c.allStartedMs),
    `${one(c.workerCpuSeconds)} s`,
    `${one((c.workerCpuSeconds * 1000) / c.spaces)} ms`,
    `${whole(c.workerPeakMiB)} MiB`,
  ]);
  const [a, b] = runs.slice(-2);
  if (a && b && b.spaces > a.spaces && extrapolateTo > b.spaces) {
    const at = (x: (c: CycleRun) => number) => x(b) + ((x(b) - x(a)) * (extrapolateTo - b.spaces)) / (b.spaces - a.spaces);
    rows.push([
      `${whole(extrapolateTo)} (extrapolated, not measured)`,
      s(at((c) => c.allOpenMs)),
      s(at((c) => c.allStartedMs)),
      `${one(at((c) => c.workerCpuSeconds))} s`,
      `${one((at((c) => c.workerCpuSeconds) * 1000) / extrapolateTo)} ms`,
      '-',
    ]);
  }
  return rows;
}

/** The worker's settings the run measured with. */
export function workerSettingsLine(r: BenchResults): string {
  const w = r.worker?.settings;
  return w
    ? `the worker's settings: FILING_CACHED_WORKFLOWS ${w.filingCache}, SUPERVISION_CACHED_WORKFLOWS ${w.supervisionCache}, WORKFLOW_HEAP_MIB ${w.workflowHeapMiB}, MALLOC_ARENA_MAX 2`
    : '';
}
