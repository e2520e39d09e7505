import type { CallsRun } from './bounded-calls';
import { latencies, perSecond } from './stats';

/** One side of a comparison: how many, how fast, how long each took. */
export interface Throughput {
  count: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
  firstError?: string;
}

export interface ThroughputComparison {
  system: Throughput;
  bare: Throughput;
  /** system rate / bare rate */
  ratio: number;
}

export function throughput(run: CallsRun): Throughput {
  const l = latencies(run.latencies);
  return {
    count: run.done,
    failed: run.failed,
    perSecond: perSecond(run.done, run.elapsedMs),
    p50: l.p50,
    p99: l.p99,
    ...(run.firstError ? { firstError: run.firstError } : {}),
  };
}

function merge(a: CallsRun, b: CallsRun): CallsRun {
  return {
    done: a.done + b.done,
    failed: a.failed + b.failed,
    elapsedMs: a.elapsedMs + b.elapsedMs,
    latencies: [...a.latencies, ...b.latencies],
    firstError: a.firstError ?? b.firstError,
  };
}

/**
 * The system and the bare engine over `total` items each, in two rounds of half the items in the
 * order bare, system, system, bare: a drift of the machine's load during the run touches both sides alike.
 */
export async function alternating(
  total: number,
  sides: { bare: (from: number, count: number) => Promise<CallsRun>; system: (from: number, count: number) => Promise<CallsRun> },
): Promise<ThroughputComparison> {
  const half = Math.ceil(total / 2);
  const rest = total - half;
  const bare1 = await sides.bare(0, half);
  const system1 = await sides.system(0, half);
  const system2 = await sides.system(half, rest);
  const bare2 = await sides.bare(half, rest);
  const system = throughput(merge(system1, system2));
  const bare = throughput(merge(bare1, bare2));
  return { system, bare, ratio: system.perSecond / bare.perSecond };
}
