import { TestWorkflowEnvironment } from '@temporalio/testing';

/**
 * Temporal's time-skipping test server (the official Java test server from Maven Central,
 * installed by infra/local/temporal-test-server/install.sh): months of durable timers pass in
 * seconds, through `env.sleep`.
 */
export function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH ?? `${__dirname}/../../../.stack/bin/temporal-test-server`;
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}
