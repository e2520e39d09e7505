import { condition, sleep } from '@temporalio/workflow';
import { addDays, CalendarDate, endOfDayShanghai, MORNING_HOUR, todayInShanghai } from '@makerspace/policy';

/** Calendar dates and durable waits in Asia/Shanghai, on workflow time (deterministic). */
export const today = () => todayInShanghai(new Date());

/** The morning of `date` in Shanghai (09:00, MORNING_HOUR): when reminders go out and a cycle opens. */
export function morningOf(date: string): number {
  return endOfDayShanghai(addDays(date as CalendarDate, -1)).getTime() + 1 + MORNING_HOUR * 3_600_000;
}

/** The last instant of `date` in Shanghai: a deadline has passed after it. */
export function endOf(date: string): number {
  return endOfDayShanghai(date as CalendarDate).getTime();
}

/**
 * Wait until `instant` or until `done()` holds, whichever comes first; true when `done()` held.
 * A durable timer: it survives worker restarts and runs for months.
 */
export async function waitUntil(instant: number, done: () => boolean): Promise<boolean> {
  const ms = instant - Date.now();
  if (ms <= 0) return done();
  return condition(done, ms);
}

/** A durable sleep until `instant` (no wait when it has passed). */
export async function sleepUntil(instant: number): Promise<void> {
  const ms = instant - Date.now();
  if (ms > 0) await sleep(ms);
}

/** The dates still ahead of now, for reminders: a date whose morning has passed is skipped. */
export function stillAhead(dates: readonly string[]): string[] {
  return dates.filter((date) => morningOf(date) > Date.now());
}
