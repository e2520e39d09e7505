/**
 * What one bench run does, from the environment (every figure has a default that keeps a run on
 * two cores to a few minutes, except the evaluation cycle's 20,000 spaces, see docs/benchmarks.md).
 */
export interface BenchSettings {
  /** Submissions through intake, and as many bare workflow starts (BENCH_SUBMITS). */
  submits: number;
  /** Staff decisions through review, and as many bare updates (BENCH_DECISIONS). */
  decisions: number;
  /** Requests (or bare calls) in flight at once in the submit and decision measures (BENCH_CONCURRENCY). */
  concurrency: number;
  /** Events published per second, and for how long (BENCH_EVENT_RATE, BENCH_EVENT_SECONDS). */
  eventRate: number;
  eventSeconds: number;
  /** ACTIVE spaces in the evaluation cycle, and bare workflows started against it (BENCH_SPACES). */
  spaces: number;
  /**
   * Smaller cycles run first to show how the cycle's cost grows (BENCH_CYCLE_GROWTH, spaces each,
   * comma-separated; `none` runs only BENCH_SPACES).
   */
  cycleGrowth: number[];
  /** Procedures each configuration of the lean-worker measure starts and decides (BENCH_WORKER_PROCEDURES). */
  workerProcedures: number;
  /** The measures to run (BENCH_ONLY=rules,worker,submit,decisions,events,cycle,peer); all when unset. */
  only: ReadonlySet<Measure>;
  /** Rewrite docs/benchmarks.md (BENCH_WRITE_DOC=false leaves it alone). */
  writeDoc: boolean;
}

/** `peer`: the same procedure on Flowable (bench/peer/flowable), measured after the system's measures. */
export const MEASURES = ['rules', 'worker', 'submit', 'decisions', 'events', 'cycle', 'peer'] as const;
export type Measure = (typeof MEASURES)[number];

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not ${env[name]}`);
  return value;
}

function growthOf(value: string | undefined): number[] {
  if (value === 'none') return [];
  const sizes = (value ?? '2000').split(',').map((s) => Number(s.trim()));
  for (const size of sizes)
    if (!Number.isSafeInteger(size) || size < 10) throw new Error(`BENCH_CYCLE_GROWTH must list whole numbers of spaces of at least 10, not ${value}`);
  return sizes;
}

export function benchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const only = env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((m) => m.trim()) : [...MEASURES];
  for (const m of only) if (!(MEASURES as readonly string[]).includes(m)) throw new Error(`BENCH_ONLY: unknown measure ${m} (known: ${MEASURES.join(', ')})`);
  return {
    submits: whole(env, 'BENCH_SUBMITS', 1000, 10),
    decisions: whole(env, 'BENCH_DECISIONS', 500, 10),
    concurrency: whole(env, 'BENCH_CONCURRENCY', 16),
    eventRate: whole(env, 'BENCH_EVENT_RATE', 200),
    eventSeconds: whole(env, 'BENCH_EVENT_SECONDS', 15),
    spaces: whole(env, 'BENCH_SPACES', 20_000, 10),
    cycleGrowth: growthOf(env.BENCH_CYCLE_GROWTH),
    workerProcedures: whole(env, 'BENCH_WORKER_PROCEDURES', 1_000, 20),
    only: new Set(only as Measure[]),
    writeDoc: env.BENCH_WRITE_DOC !== 'false',
  };
}
