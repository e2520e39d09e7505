import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchResults } from './bench-results';
import { CPU_HEADER, cpuRows, FIGURE_HEADER, figureRows, markdownTable, MEMORY_HEADER, memoryRows } from './figure-rows';
import { PEER_HEADER, peerRows } from './peer-rows';
import { BUNDLE_HEADER, bundleRows, GROWTH_HEADER, growthRows, WORKER_RUN_HEADER, workerRunRows, workerSettingsLine } from './worker-rows';
import { CYCLE_EXTRAPOLATED_TO } from '../measure/evaluation-cycle';

const START = '<!-- bench:latest-run:start (written by npm run bench; edits here are replaced) -->';
const END = '<!-- bench:latest-run:end -->';

function latestRun(r: BenchResults): string {
  const m = r.machine;
  const s = r.settings;
  const load = `load average ${m.loadAtStart.toFixed(1)} at the start${m.loadAtEnd === undefined ? '' : `, ${m.loadAtEnd.toFixed(1)} at the end`}`;
  const lines = [
    '## Latest run',
    '',
    `${r.date}, ${m.cpu}, ${m.cores} cores (\`nproc\`), ${m.memoryGiB} GiB, Node ${m.node}; ${load}` +
      `${r.wallSeconds === undefined ? '' : `; the whole run took ${Math.round(r.wallSeconds / 60)} min ${Math.round(r.wallSeconds % 60)} s`}.`,
    `Temporal: ${r.temporal}. Settings: ${s.submits} submissions, ${s.decisions} decisions, ${s.concurrency} in flight, ` +
      `${s.eventRate} events/s for ${s.eventSeconds} s, ${s.spaces.toLocaleString('en')} spaces.`,
    '',
    markdownTable(FIGURE_HEADER, figureRows(r)),
    '',
    'Resident memory (`ps -o rss`) of each process, started from its build:',
    '',
    markdownTable(MEMORY_HEADER, memoryRows(r)),
  ];
  if (r.worker) {
    const w = r.worker;
    lines.push(
      '',
      `The worker on its own ("A lean worker"): the prebuilt bundles as the SDK evaluates them, then a worker process of the bench's own with the filing bundle and activities in memory, ${w.runs[0]?.procedures ?? '-'} procedures started and each decided once, ${workerSettingsLine(r)}:`,
      '',
      markdownTable(BUNDLE_HEADER, bundleRows(w)),
      '',
      markdownTable(WORKER_RUN_HEADER, workerRunRows(w)),
    );
  }
  if (r.cycle?.growth.length) {
    lines.push(
      '',
      "How the evaluation cycle's cost grows (each size the cycle of a year of its own, the spaces filed as needed):",
      '',
      markdownTable(GROWTH_HEADER, growthRows(r.cycle.growth, CYCLE_EXTRAPOLATED_TO)),
    );
  }
  if (r.cpu.length) {
    lines.push(
      '',
      `CPU seconds used during each measure (${m.cores} cores give ${m.cores} CPU seconds per second; the rest is PostgreSQL and anything else on the machine):`,
      '',
      markdownTable(CPU_HEADER, cpuRows(r)),
    );
  }
  if (r.peer) {
    const p = r.peer;
    lines.push(
      '',
      `Against Flowable (the same procedure, bench/peer/flowable): ${p.versions}; ${p.settings}. Same load generator, counts and concurrency as the system's measures, run after the system has stopped.`,
      '',
      markdownTable(PEER_HEADER, peerRows(r)),
      '',
      `The JVM used ${p.cpu.starts.toFixed(1)} CPU seconds during the starts (the whole machine ${p.cpu.machineStarts.toFixed(1)}) and ${p.cpu.decisions.toFixed(1)} during the decisions (the machine ${p.cpu.machineDecisions.toFixed(1)}).`,
    );
  }
  if (r.failures.length) lines.push('', 'Did not finish:', '', ...r.failures.map((f) => `- ${f.split('\n')[0]}`));
  lines.push(
    '',
    '## How to rerun',
    '',
    '```bash',
    'npm run bench                                  # everything, as above (bash infra/local/bench.sh)',
    'BENCH_SPACES=2000 npm run bench                # a smaller evaluation cycle',
    'BENCH_ONLY=submit,decisions npm run bench      # some measures: rules, worker, submit, decisions, events, cycle, peer',
    'BENCH_ONLY=submit,decisions,peer npm run bench # the system against Flowable only',
    'BENCH_WRITE_DOC=false npm run bench            # print the table, leave this file alone',
    '```',
    '',
    'Also `BENCH_SUBMITS`, `BENCH_DECISIONS`, `BENCH_CONCURRENCY`, `BENCH_EVENT_RATE`, `BENCH_EVENT_SECONDS`,',
    '`BENCH_WORKER_PROCEDURES` (the lean-worker measure, 1,000), `BENCH_CYCLE_GROWTH` (the smaller cycles run first, 2000; `none`);',
    "`BENCH_TEMPORAL_ADDRESS=127.0.0.1:7233` measures on the stack's own Temporal server (in a namespace of",
    "the run, deleted after) instead of a server of the bench's own. Logs of the run: `.stack/bench/logs/`.",
    "`BENCH_PROFILE=intake,worker` runs those processes under V8's CPU profiler: one `.cpuprofile` per thread",
    "(the worker's workflow threads too) in `.stack/bench/profiles/<name>/`, for Chrome DevTools or speedscope;",
    '`npx tsx bench/src/profile-summary.ts <file> [from-s to-s]` prints where one spent its time.',
  );
  return lines.join('\n');
}

/** Replace the generated part of docs/benchmarks.md (between its markers) with this run; the rest stays. */
export function writeBenchmarksDoc(file: string, r: BenchResults): void {
  const doc = readFileSync(file, 'utf8');
  const block = `${START}\n${latestRun(r)}\n${END}`;
  const from = doc.indexOf(START.slice(0, 30));
  const to = doc.indexOf(END);
  let next: string;
  if (from >= 0 && to > from) {
    next = doc.slice(0, from) + block + doc.slice(to + END.length);
  } else {
    const afterTitle = doc.indexOf('\n## ');
    next = afterTitle >= 0 ? `${doc.slice(0, afterTitle)}\n${block}\n${doc.slice(afterTitle)}` : `${doc}\n${block}\n`;
  }
  writeFileSync(file, next);
}
