import { As, HttpAnswer, httpClient } from '@makerspace/testing';

/** How long a caller keeps trying through an outage before it gives up. */
const GIVE_UP_MS = 1_200_000;

/**
 * A client that does what a person's browser or an integration does while a server is away: it
 * tries again after an answer of 5xx (after its Retry-After, at most 2 s) or a failed connection,
 * and stops at the first answer that is not a fault.
 */
export function persistentClient(baseUrl: string, as: As) {
  const http = httpClient(baseUrl, as);
  async function persist<T>(call: () => Promise<HttpAnswer<T>>): Promise<HttpAnswer<T> & { retried: boolean }> {
    const deadline = Date.now() + GIVE_UP_MS;
    for (let attempt = 0; ; attempt += 1) {
      let wait = 500;
      try {
        const answer = await call();
        if (answer.status < 500) return { ...answer, retried: attempt > 0 };
        wait = Math.min(2_000, Number(answer.headers.get('retry-after') ?? 1) * 1000);
      } catch {
        // the connection failed: try again
      }
      if (Date.now() > deadline) throw new Error(`gave up after ${GIVE_UP_MS / 1000} s of faults`);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
  return {
    get: <T>(path: string) => persist(() => http.get<T>(path)),
    post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => persist(() => http.post<T>(path, body, headers)),
  };
}
