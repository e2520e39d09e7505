import fs from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest resolves a globalSetup's imports without moduleNameMapper (jestjs/jest#6179): @makerspace/workflows would load a stale build
import { bundleWorkflows, WORKFLOW_BUNDLE_NAMES, workflowBundleEntry, workflowBundleFile } from '../../../workflows/src/bundling/workflow-bundles';
import { CLUSTER_HOME, ClusterServer, migrateDatabases, REPO_ROOT, script, WORKFLOW_BUNDLES } from './cluster-servers';

const SERVERS: ClusterServer[] = ['proxy', 'issuer', 'smtp', 'object-store', 'kafka-cluster', 'temporal-server', 'postgres'];

/**
 * Starts the suite's own cluster-shaped servers from nothing (PostgreSQL, the Temporal server on
 * it, three Kafka nodes, the SMTP sink and the development issuer), applies the migrations once
 * as the deploy step does, and bundles the workflow code once for the workers.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await stopAll();
  fs.rmSync(path.join(CLUSTER_HOME, 'data'), { recursive: true, force: true });
  try {
    await script('postgres', 'start');
    // Every start runs to its end before a failure stops them all: none is left starting.
    const starts = await Promise.allSettled([
      migrateDatabases(),
      script('temporal-server', 'start'),
      script('kafka-cluster', 'start'),
      script('smtp', 'start'),
      script('issuer', 'start'),
      script('object-store', 'start'),
      bundleAll(),
    ]);
    const failed = starts.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (e) {
    await stopAll();
    throw e;
  }
  console.log(`\n[cluster] servers up and workflows bundled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function stopAll(): Promise<void> {
  for (const server of SERVERS) await script(server, 'stop').catch(() => undefined);
}

async function bundleAll(): Promise<void> {
  fs.mkdirSync(WORKFLOW_BUNDLES, { recursive: true });
  for (const name of WORKFLOW_BUNDLE_NAMES) {
    const { code } = await bundleWorkflows(path.join(REPO_ROOT, 'workflows/src', `${workflowBundleEntry(name)}.ts`));
    fs.writeFileSync(workflowBundleFile(name, WORKFLOW_BUNDLES), code);
  }
}
