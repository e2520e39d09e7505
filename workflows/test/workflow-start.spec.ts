import { bundleWorkflows, WorkflowBundleName, workflowBundleEntry } from '../src/bundling/workflow-bundles';
import { WorkflowBundleSandbox } from '../src/bundling/workflow-start-cost';

/*
 * The bundle modules a workflow evaluates when it starts or replays: those that loading the
 * workflows and the interceptors requires, after the ones evaluated once for the bundle and the
 * preloaded libraries. The SDK gives every workflow a module cache of its own (docs/workflows.md),
 * so these are evaluated anew for every workflow.
 */
const EXPECTED: Record<WorkflowBundleName, string[]> = {
  filing: ['./workflows/src/filing-workflows.ts', './workflows/src/filing/workflow.ts', './workflows/src/kit/outbox.ts'],
  supervision: ['./workflows/src/supervision-workflows.ts', './workflows/src/evaluation/space-evaluation.ts', './workflows/src/kit/outbox.ts'],
};

/** Every module the bundle holds, by its webpack id. */
const modulesOf = (code: string) => [...code.matchAll(/^\/\*\*\*\/ "(\.\/[^"]+)"$/gm)].map((m) => m[1]);

describe.each(Object.keys(EXPECTED) as WorkflowBundleName[])('what a workflow of the %s bundle evaluates when it starts', (name) => {
  let modules: string[];
  let bundled: string[];

  beforeAll(async () => {
    const { code } = await bundleWorkflows(require.resolve(`../src/${workflowBundleEntry(name)}`));
    modules = new WorkflowBundleSandbox(code).startOne();
    bundled = modulesOf(code);
  }, 180_000);

  it('is the workflows and their kit', () => {
    expect(modules).toEqual(expect.arrayContaining(EXPECTED[name]));
  });

  // The libraries are evaluated once for the workflow thread (src/kit/shared-libraries.ts names what workflow code uses).
  it('evaluates no library module of its own', () => {
    expect(modules.filter((id) => id.startsWith('./libs/'))).toEqual([]);
  });

  // Messages are checked by their schemas where they enter (the services); workflow code checks the fields it reads (kit/message-fields.ts).
  it('holds no schema library', () => {
    expect(bundled.length).toBeGreaterThan(50);
    expect(bundled.filter((id) => id.includes('/node_modules/zod/'))).toEqual([]);
  });
});
