import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { History } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { bundleWorkflows, workflowBundleEntry, workflowBundleFile } from '@makerspace/workflows/testing';

const WORKFLOWS_SRC = path.resolve(__dirname, '../../../../workflows/src');

export type Bundle = { code: string };

/** Today's bundle of a task queue, built from its entry as the worker's build builds it. */
export const todaysBundle = (name: 'filing' | 'supervision'): Promise<Bundle> => bundleWorkflows(path.join(WORKFLOWS_SRC, `${workflowBundleEntry(name)}.ts`));

/** The filing bundle of a next release whose entry is one of this folder's (`filing-guarded`, ...). */
export const nextFilingBundle = (entry: string): Promise<Bundle> => bundleWorkflows(path.join(__dirname, `${entry}.ts`));

/**
 * A release of the worker as a deploy ships it: a directory of prebuilt bundles, one per task
 * queue, which the worker loads when WORKFLOW_BUNDLES names it.
 */
export function releaseDirectory(name: string, bundles: { filing: Bundle; supervision: Bundle }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `worker-release-${name}-`));
  fs.writeFileSync(workflowBundleFile('filing', dir), bundles.filing.code);
  fs.writeFileSync(workflowBundleFile('supervision', dir), bundles.supervision.code);
  return dir;
}

/**
 * Replay each history against a bundle with the SDK's replayer (what a worker does with a
 * procedure it has not cached): the error of each one that does not replay, by workflow id.
 */
export async function replayFailures(bundle: Bundle, histories: Record<string, History>): Promise<Record<string, string>> {
  const failures: Record<string, string> = {};
  const results = Worker.runReplayHistories(
    { workflowBundle: bundle, replayName: 'upgrade' },
    Object.entries(histories).map(([workflowId, history]) => ({ workflowId, history })),
  );
  for await (const result of results) if (result.error) failures[result.workflowId] = `${result.error.name}: ${result.error.message}`;
  return failures;
}
