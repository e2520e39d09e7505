import { sleep } from './stats';

/**
 * Calls `send(i)` for i = 0 .. count-1 at `perSecond` a second, on schedule from the first call
 * (a late call is not made up for by bunching the next ones beyond the schedule).
 */
export async function paced(count: number, perSecond: number, send: (i: number) => void): Promise<void> {
  const interval = 1000 / perSecond;
  const t0 = performance.now();
  for (let i = 0; i < count; i += 1) {
    const wait = t0 + i * interval - performance.now();
    if (wait >= 1) await sleep(wait);
    send(i);
  }
}
