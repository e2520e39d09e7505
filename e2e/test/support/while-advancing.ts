/** What a probe of a long run reports: whether it is done, and a count that grows while it works. */
export interface Advance<T> {
  done: T | false;
  progress: number;
}

/**
 * Wait for a long run that reports its progress, for as long as it keeps advancing: it fails only
 * when the count has not grown for `stallMs`. A fixed budget of wall-clock time fails a healthy
 * run on a loaded machine; a run that stops advancing fails all the same.
 */
export async function whileAdvancing<T>(what: string, probe: () => Promise<Advance<T>>, stallMs: number, everyMs = 500): Promise<T> {
  let best = -1;
  let since = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const { done, progress } = await probe();
      if (done !== false) return done;
      if (progress > best) {
        best = progress;
        since = Date.now();
      }
    } catch (e) {
      lastError = e;
    }
    if (Date.now() - since > stallMs) {
      throw new Error(`${what} stopped advancing at ${best} for ${stallMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
