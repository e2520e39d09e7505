import autocannon from 'autocannon';
import type { CallsRun } from './bounded-calls';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

/**
 * `count` HTTP requests under autocannon over `connections` keep-alive connections; request i is
 * `request(i)` (each may target its own resource). Bounded in count (autocannon's `amount`) and in
 * time (stopped after `maxMs`). A request answered with another status than `expect` counts as failed.
 */
export async function httpLoad(
  url: string,
  opts: { count: number; connections: number; maxMs: number; expect: number; request: (i: number) => HttpRequest },
): Promise<CallsRun> {
  const run: CallsRun = { done: 0, failed: 0, elapsedMs: 0, latencies: [] };
  let next = 0;
  const started = performance.now();
  const instance = autocannon({
    url,
    connections: Math.min(opts.connections, opts.count),
    amount: opts.count,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const r = opts.request(next++ % opts.count);
          const body = r.body === undefined ? undefined : JSON.stringify(r.body);
          return { ...req, method: r.method, path: r.path, headers: { ...r.headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body };
        },
        onResponse: (status: number, body: string) => {
          if (status !== opts.expect && !run.firstError) run.firstError = `${status} ${body.slice(0, 500)}`;
        },
      },
    ],
  } as autocannon.Options);
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === opts.expect) {
      run.done += 1;
      run.latencies.push(ms);
    } else {
      run.failed += 1;
    }
  });
  const stop = setTimeout(() => instance.stop(), opts.maxMs);
  const result = await instance;
  clearTimeout(stop);
  run.elapsedMs = performance.now() - started;
  run.failed += result.errors + result.timeouts;
  if (!run.firstError && result.errors) run.firstError = `${result.errors} connection errors`;
  return run;
}
