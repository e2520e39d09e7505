import type { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { CorpusEntry, recordHistory, waitFor } from '@makerspace/testing';
import { RECORDING_TEMPORAL } from './recording-server';

/**
 * The real Temporal server (`temporal server start-dev` of the pinned CLI: the server itself, on
 * its own SQLite store, see global-setup.ts): every path that needs no legal period to pass is
 * recorded here.
 */
export function devServer(): Promise<TestWorkflowEnvironment> {
  const { address, namespace } = RECORDING_TEMPORAL;
  return TestWorkflowEnvironment.createFromExistingServer({ address, namespace });
}

/**
 * Record the history of a scenario's workflow into the corpus once it has settled: no workflow
 * task and no activity in flight, so the history ends where the procedure waits (on a person, a
 * timer or its end) and replays to that point.
 */
export async function record(env: TestWorkflowEnvironment, handle: WorkflowHandle, name: string, scenario: string): Promise<CorpusEntry> {
  await settled(handle);
  return recordHistory(handle, { name, scenario, server: env.supportsTimeSkipping ? 'temporal-time-skipping-test-server' : 'temporal-dev-server' });
}

async function settled(handle: WorkflowHandle): Promise<void> {
  await waitFor(
    `${handle.workflowId} to settle`,
    async () => {
      const { raw, status } = await handle.describe();
      if (status.name !== 'RUNNING') return true;
      return !raw.pendingWorkflowTask && !(raw.pendingActivities ?? []).length;
    },
    30_000,
    100,
  );
}

/**
 * Wait for a workflow to close by asking the server, not by awaiting its result: on the
 * time-skipping server a result awaited lets time run on through every other workflow's timers.
 */
export async function closed(handle: WorkflowHandle): Promise<void> {
  await waitFor(`${handle.workflowId} to close`, async () => (await handle.describe()).status.name !== 'RUNNING', 30_000, 100);
}
