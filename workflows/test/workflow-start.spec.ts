import vm from 'node:vm';
import { bundleWorkflows, WorkflowBundleName, workflowBundleEntry } from '../src/bundling/workflow-bundles';

/**
 * The bundle modules a workflow evaluates when it starts or replays: those that loading the
 * workflows and the interceptors requires, after the ones evaluated once with the bundle. The SDK
 * keeps the module cache in `globalThis.__webpack_module_cache__` and gives every workflow its own
 * (docs/workflows.md), so these are evaluated anew for every workflow.
 */
function modulesEvaluatedAtWorkflowStart(code: string): string[] {
  const cache: Record<string, unknown> = {};
  const context = vm.createContext({ __webpack_module_cache__: cache, performance, TextEncoder, TextDecoder, URL, URLSearchParams, AbortController, console });
  vm.runInContext(code, context);
  const evaluatedWithTheBundle = new Set(Object.keys(cache));
  vm.runInContext('__TEMPORAL__.importInterceptors(); __TEMPORAL__.importWorkflows();', context);
  return Object.keys(cache).filter((id) => !evaluatedWithTheBundle.has(id));
}

const EXPECTED: Record<WorkflowBundleName, string[]> = {
  filing: ['./workflows/src/filing-workflows.ts', './libs/contracts/src/workflows/filing-messages.ts'],
  supervision: ['./workflows/src/supervision-workflows.ts', './libs/policy/src/rulesets/anshan-2020.ts', './libs/contracts/src/workflows/supervision-messages.ts'],
};

/** Every module the bundle holds, by its webpack id. */
const modulesOf = (code: string) => [...code.matchAll(/^\/\*\*\*\/ "(\.\/[^"]+)"$/gm)].map((m) => m[1]);

describe.each(Object.keys(EXPECTED) as WorkflowBundleName[])('what a workflow of the %s bundle evaluates when it starts', (name) => {
  let modules: string[];
  let bundled: string[];

  beforeAll(async () => {
    const { code } = await bundleWorkflows(require.resolve(`../src/${workflowBundleEntry(name)}`));
    modules = modulesEvaluatedAtWorkflowStart(code);
    bundled = modulesOf(code);
  }, 180_000);

  it('is the workflows with the rules they use', () => {
    expect(modules).toEqual(expect.arrayContaining(EXPECTED[name]));
  });

  // Messages are checked by their schemas where they enter (the services); workflow code checks the fields it reads (kit/message-fields.ts).
  it('holds no schema library', () => {
    expect(bundled.length).toBeGreaterThan(50);
    expect(bundled.filter((id) => id.includes('/node_modules/zod/'))).toEqual([]);
  });
});
