// The benchmark suite. Run it with `npm run bench` (bash infra/local/bench.sh), which builds the
// system, prepares the bench databases, starts a Temporal dev server and a Kafka broker of the
// bench's own, and runs this file. What each figure means: docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureEvaluationCycle } from './measure/evaluation-cycle';
import { measureEventsToInbox } from './measure/events-to-inbox';
import { measureFlowablePeer } from './measure/flowable-peer';
import { measureLeanWorker } from './measure/lean-worker';
import { measureRules } from './measure/rules';
import { measureStaffDecisions } from './measure/staff-decisions';
import { measureSubmitPath } from './measure/submit-path';
import type { BenchResults, ProcessMemory } from './report/bench-results';
import { writeBenchmarksDoc } from './report/benchmarks-doc';
import { CPU_HEADER, cpuRows, FIGURE_HEADER, figureRows, MEMORY_HEADER, memoryRows, textTable } from './report/figure-rows';
import { PEER_HEADER, peerRows } from './report/peer-rows';
import { BUNDLE_HEADER, bundleRows, GROWTH_HEADER, growthRows, WORKER_RUN_HEADER, workerRunRows } from './report/worker-rows';
import { CYCLE_EXTRAPOLATED_TO } from './measure/evaluation-cycle';
import { loadAverage, thisMachine } from './report/machine';
import { benchSettings, Measure } from './settings';
import type { RunContext } from './support/run-context';
import { BenchDatabases } from './system/bench-databases';
import { BenchNamespace } from './system/bench-namespace';
import { benchStack } from './system/bench-stack';
import { untilQuiet } from './system/quiet';
import { ProcessWatch } from './system/process-watch';
import { BENCH_HOME, PROCESS_NAMES, ProcessName, REPO_ROOT, SystemProcesses } from './system/system-processes';

const log = (message: string) => console.log(`[bench] ${message}`);

/** The measure that loads each process most, for its "under load" memory. */
const LOADED_BY: Record<ProcessName, Measure[]> = {
  intake: ['submit'],
  review: ['decisions'],
  notification: ['events'],
  evaluation: ['cycle'],
  worker: ['submit', 'decisions', 'cycle'],
};

const cleanups: (() => Promise<void>)[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping what the run started`);
    void Promise.allSettled(cleanups.map((c) => c())).finally(() => process.exit(130));
  });
}

async function attempt<T>(results: BenchResults, what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    log(`${what} did not finish: ${String(e)}`);
    results.failures.push(`${what}: ${String(e)}`);
    return undefined;
  }
}

/** The bench's own Temporal server and Kafka broker, by the pid files bench.sh keeps. */
function serverPids(): [string, number][] {
  const files: [string, string][] = [
    ['temporal', 'run/temporal.pid'],
    ['kafka', 'kafka-stack/run/kafka.pid'],
  ];
  return files.flatMap(([name, file]) => {
    try {
      return [[name, Number(readFileSync(path.join(BENCH_HOME, file), 'utf8').trim())] as [string, number]];
    } catch {
      return [];
    }
  });
}

async function measureSystem(results: BenchResults, stack: ReturnType<typeof benchStack>): Promise<void> {
  const { settings } = results;
  const databases = new BenchDatabases(stack.databaseSuffix);
  const temporal = await BenchNamespace.open(stack);
  let system: SystemProcesses | undefined;
  const stop = async () => {
    await system?.stop();
    await temporal.close();
    await databases.close();
  };
  cleanups.push(stop);
  try {
    log(`starting intake, review, evaluation, notification and the worker from their builds (namespace ${stack.namespace})`);
    system = await SystemProcesses.start(stack, temporal);
    const watch = new ProcessWatch(new Map([...PROCESS_NAMES.map((name): [string, number] => [name, system!.pid(name)]), ...serverPids()]));
    // At rest means after the start's garbage is collected: 20 s after five processes started at
    // once on two cores, the worker still held ~40 MiB it gave back by 60 s (docs/benchmarks.md, Memory).
    log('started; resident memory at rest after 60 s');
    const idle = await watch.idle(60_000);
    watch.start();
    const ctx: RunContext = { settings, stack, temporal, system, databases, log };
    const measures: [Measure, string, () => Promise<void>][] = [
      ['worker', 'lean worker', async () => void (results.worker = await measureLeanWorker(ctx))],
      ['submit', 'submit path', async () => void (results.submit = await measureSubmitPath(ctx))],
      ['decisions', 'staff decisions', async () => void (results.decisions = await measureStaffDecisions(ctx))],
      ['events', 'events to inbox', async () => void (results.events = await measureEventsToInbox(ctx))],
      ['cycle', 'evaluation cycle', async () => void (results.cycle = await measureEvaluationCycle(ctx))],
    ];
    for (const [measure, what, run] of measures) {
      if (!settings.only.has(measure)) continue;
      await untilQuiet(stack, log);
      const loadAtStart = loadAverage();
      watch.enter(measure);
      await attempt(results, what, () => Promise.race([run(), system!.died]));
      watch.leave();
      results.cpu.push({ measure, ...watch.use(measure)!, loadAtStart, loadAtEnd: loadAverage() });
    }
    watch.stop();
    results.memory = PROCESS_NAMES.map((name): ProcessMemory => {
      const loads = LOADED_BY[name].filter((m) => settings.only.has(m)).map((m) => ({ m, mib: watch.use(m)?.peakMiB.get(name) ?? NaN }));
      const top = loads.sort((a, b) => b.mib - a.mib)[0];
      return { name, idleMiB: idle.get(name)!, loadedMiB: top?.mib ?? NaN, loadedDuring: top?.m ?? '-' };
    });
    results.filingPath = filingPathMemory(idle, watch, settings.only);
  } finally {
    await stop();
  }
}

/** The processes a procedure's start and decisions go through, added up (compared with the Flowable peer's JVM). */
const FILING_PATH = ['intake', 'review', 'worker', 'temporal'];

function filingPathMemory(idle: Map<string, number>, watch: ProcessWatch, only: ReadonlySet<Measure>): BenchResults['filingPath'] {
  const processes = FILING_PATH.filter((name) => idle.has(name));
  const loads = (['submit', 'decisions'] as const).filter((m) => only.has(m)).map((m) => watch.use(m)!);
  if (!loads.length) return undefined;
  const peak = (name: string) => Math.max(...loads.map((use) => use.peakMiB.get(name) ?? NaN));
  return { processes, idleMiB: processes.reduce((sum, name) => sum + idle.get(name)!, 0), loadedMiB: processes.reduce((sum, name) => sum + peak(name), 0) };
}

async function main() {
  const started = Date.now();
  const settings = benchSettings();
  const stack = benchStack();
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: thisMachine(),
    settings,
    temporal: process.env.BENCH_TEMPORAL_LABEL ?? stack.temporalAddress,
    failures: [],
    cpu: [],
  };
  if (settings.only.has('rules')) {
    log('rules: libs/policy/bench');
    results.rules = await attempt(results, 'rules', measureRules);
  }
  if ([...settings.only].some((m) => m !== 'rules' && m !== 'peer')) await measureSystem(results, stack);
  // After the system has stopped, so the peer has the machine the system had.
  if (settings.only.has('peer')) results.peer = await attempt(results, 'flowable peer', () => measureFlowablePeer(settings, log));
  results.machine.loadAtEnd = loadAverage();
  results.wallSeconds = (Date.now() - started) / 1000;

  console.log(`\n${textTable(FIGURE_HEADER, figureRows(results))}\n`);
  if (results.memory) console.log(`${textTable(MEMORY_HEADER, memoryRows(results))}\n`);
  if (results.worker)
    console.log(`${textTable(BUNDLE_HEADER, bundleRows(results.worker))}\n\n${textTable(WORKER_RUN_HEADER, workerRunRows(results.worker))}\n`);
  if (results.cycle) console.log(`${textTable(GROWTH_HEADER, growthRows(results.cycle.growth, CYCLE_EXTRAPOLATED_TO))}\n`);
  if (results.peer) console.log(`Against Flowable:\n${textTable(PEER_HEADER, peerRows(results))}\n`);
  if (results.cpu.length) console.log(`CPU seconds used during each measure:\n${textTable(CPU_HEADER, cpuRows(results))}\n`);
  for (const f of results.failures) console.log(`did not finish: ${f}`);
  if (settings.writeDoc) {
    writeBenchmarksDoc(path.join(REPO_ROOT, 'docs/benchmarks.md'), results);
    log('docs/benchmarks.md: "Latest run" and "How to rerun" rewritten');
  }
  process.exit(results.failures.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  void Promise.allSettled(cleanups.map((c) => c())).finally(() => process.exit(1));
});
