import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { addDays, type CalendarDate, endOfDayShanghai } from '@makerspace/policy';

/**
 * Temporal's time-skipping test server (the official Java test server from Maven Central,
 * installed by infra/local/temporal-test-server/install.sh): months of durable timers pass in
 * seconds, through `env.sleep`. The SDK's testing package is loaded on first use: it takes a second
 * or more to load, which every suite that imports this library would pay otherwise.
 */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const testing = await import('@temporalio/testing');
  const path = process.env.TEMPORAL_TEST_SERVER_PATH ?? `${__dirname}/../../../.stack/bin/temporal-test-server`;
  return testing.TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}

/** Let simulated time run to `hour`:`minute` (Shanghai) on `date`; every timer due meanwhile fires. */
export async function sleepUntil(env: TestWorkflowEnvironment, date: CalendarDate, hour = 10, minute = 0): Promise<void> {
  const target = endOfDayShanghai(addDays(date, -1)).getTime() + hour * 3_600_000 + minute * 60_000;
  const ms = target - (await env.currentTimeMs());
  if (ms > 0) await env.sleep(ms);
}
