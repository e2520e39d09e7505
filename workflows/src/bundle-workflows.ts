import fs from 'node:fs';
import path from 'node:path';
import { leanWorkflowBundle } from './shared/lean-workflow-bundle';
import { workflowBundleOptions } from './shared/workflow-bundle-options';

/** Build step: pre-bundle the workflow code so the worker starts without webpack. */
async function main() {
  const { code } = await leanWorkflowBundle(workflowBundleOptions(path.join(__dirname, '../src/workflows.ts')));
  const out = path.join(__dirname, 'workflow-bundle.js');
  fs.writeFileSync(out, code);
  console.log(`wrote ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
