export interface CallsRun {
  done: number;
  failed: number;
  elapsedMs: number;
  /** Milliseconds of each call that succeeded. */
  latencies: number[];
  firstError?: string;
}

/**
 * Calls `call(i)` for i = 0 .. count-1 with at most `inFlight` calls at once, and starts no new
 * call after `maxMs`: bounded in count and in time.
 */
export async function boundedCalls(count: number, inFlight: number, maxMs: number, call: (i: number) => Promise<unknown>): Promise<CallsRun> {
  const run: CallsRun = { done: 0, failed: 0, elapsedMs: 0, latencies: [] };
  const started = performance.now();
  const deadline = started + maxMs;
  let next = 0;
  const lane = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const t = performance.now();
      try {
        await call(i);
        run.latencies.push(performance.now() - t);
        run.done += 1;
      } catch (e) {
        run.failed += 1;
        run.firstError ??= String(e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, lane));
  run.elapsedMs = performance.now() - started;
  return run;
}
