import path from 'node:path';
import { leanWorkflowBundle } from './lean-workflow-bundle';
import { workflowBundleOptions } from './workflow-bundle-options';

/**
 * One workflow bundle per task queue, each holding only its queue's workflow types. The SDK
 * evaluates a bundle's modules anew for every workflow it starts or replays (it keeps workflows'
 * module state apart), so a space evaluation in a bundle with the filing workflow also built the
 * filing procedure's modules and schemas (docs/benchmarks.md, Evaluation at national scale). Each
 * Temporal worker loads its bundle into a context of its own either way, so two bundles cost no
 * more memory than one.
 */
export type WorkflowBundleName = 'filing' | 'supervision';
export const WORKFLOW_BUNDLE_NAMES: readonly WorkflowBundleName[] = ['filing', 'supervision'];

/** The bundle's entry module in `workflows/src/` (or its build in `dist/`), without extension. */
export function workflowBundleEntry(name: WorkflowBundleName): string {
  return `${name}-workflows`;
}

/** The prebuilt bundle's file name in a directory of bundles (the build's `dist/`, say). */
export function workflowBundleFile(name: WorkflowBundleName, dir: string): string {
  return path.join(dir, `${name}-workflow-bundle.js`);
}

const quietBundlerLogger = { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} };

/** Bundles the workflows of the entry file `entryPath` (see workflowBundleEntry). */
export function bundleWorkflows(entryPath: string): Promise<{ code: string }> {
  return leanWorkflowBundle({ ...workflowBundleOptions(entryPath), logger: quietBundlerLogger });
}
