import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflows, WORKFLOW_BUNDLE_NAMES, workflowBundleEntry, workflowBundleFile } from './bundling/workflow-bundles';

/** Build step: pre-bundle each task queue's workflow code so the worker starts without webpack. */
async function main() {
  for (const name of WORKFLOW_BUNDLE_NAMES) {
    const { code } = await bundleWorkflows(path.join(__dirname, '../src', `${workflowBundleEntry(name)}.ts`));
    const out = workflowBundleFile(name, __dirname);
    fs.writeFileSync(out, code);
    console.log(`wrote ${out}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
