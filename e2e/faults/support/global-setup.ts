import fs from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest resolves a globalSetup's imports without moduleNameMapper (jestjs/jest#6179): @makerspace/workflows would load a stale build
import { bundleWorkflows, WORKFLOW_BUNDLE_NAMES, workflowBundleEntry, workflowBundleFile } from '../../../workflows/src/bundling/workflow-bundles';
import { FAULT_SERVERS, FAULTS_HOME, migrateDatabases, REPO_ROOT, startServer, stopServer, WORKFLOW_BUNDLES } from './fault-servers';

/**
 * Starts the suite's own PostgreSQL, Temporal dev server, Kafka broker and SMTP sink (fresh
 * Temporal and Kafka state each run; the PostgreSQL cluster is kept and migrated), and bundles the
 * workflow code once for the workers the scenarios start. Whatever started is stopped again if a
 * step fails; otherwise global-teardown.ts stops them.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  // A run that was killed may have left its servers: they are the suite's own, stop them first.
  await Promise.all(FAULT_SERVERS.map(stopServer));
  for (const state of ['temporal', 'kafka', 'mail']) fs.rmSync(path.join(FAULTS_HOME, 'data', state), { recursive: true, force: true });
  const logs = path.join(FAULTS_HOME, 'logs');
  for (const log of fs.existsSync(logs) ? fs.readdirSync(logs) : []) if (/^(worker|intake|review|evaluation)-/.test(log)) fs.rmSync(path.join(logs, log));
  try {
    await timed('postgres', () => startServer('postgres'));
    await Promise.all([
      timed('migrations', migrateDatabases),
      timed('temporal', () => startServer('temporal')),
      timed('kafka', () => startServer('kafka')),
      timed('smtp', () => startServer('smtp')),
      timed('workflow bundles', bundleAllWorkflows),
    ]);
  } catch (e) {
    await Promise.all(FAULT_SERVERS.map((s) => stopServer(s).catch(() => undefined)));
    throw e;
  }
  console.log(`\n[faults] servers up and workflows bundled in ${seconds(started)} (${steps.join(', ')})`);
}

const steps: string[] = [];
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function timed(step: string, work: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await work();
  steps.push(`${step} ${seconds(started)}`);
}

async function bundleAllWorkflows(): Promise<void> {
  for (const name of WORKFLOW_BUNDLE_NAMES) {
    const { code } = await bundleWorkflows(path.join(REPO_ROOT, 'workflows/src', `${workflowBundleEntry(name)}.ts`));
    fs.writeFileSync(workflowBundleFile(name, WORKFLOW_BUNDLES), code);
  }
}
