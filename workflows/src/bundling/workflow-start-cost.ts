import vm from 'node:vm';

/**
 * A workflow bundle evaluated as the SDK's reusable V8 context evaluates it (docs/workflows.md): the
 * bundle's own modules and the preloaded ones once, into a module cache every workflow shares; then,
 * for each workflow started or replayed, the interceptors and the workflows into a cache of its own.
 * What a workflow evaluates when it starts, and what that costs, without a worker.
 */
export class WorkflowBundleSandbox {
  private readonly shared = new Map<string, unknown>();
  private ownCache: Map<string, unknown> | undefined;
  private readonly context: vm.Context;
  private readonly startWorkflow = new vm.Script('__TEMPORAL__.importInterceptors(); __TEMPORAL__.importWorkflows();');

  constructor(code: string) {
    const moduleCache = new Proxy(
      {},
      {
        get: (_, id: string) => this.shared.get(id) ?? this.ownCache?.get(id),
        set: (_, id: string, module) => {
          (this.ownCache ?? this.shared).set(id, module);
          return true;
        },
      },
    );
    this.context = vm.createContext({
      __webpack_module_cache__: moduleCache,
      performance,
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      AbortController,
      console,
    });
    vm.runInContext(code, this.context);
    vm.runInContext('__TEMPORAL__.preloadModules?.()', this.context);
  }

  /** Modules evaluated once, for every workflow. */
  get sharedModules(): string[] {
    return [...this.shared.keys()];
  }

  /** Evaluates what one new workflow evaluates; the modules it evaluated. */
  startOne(): string[] {
    this.ownCache = new Map();
    this.startWorkflow.runInContext(this.context);
    const modules = [...this.ownCache.keys()];
    this.ownCache = undefined;
    return modules;
  }

  /** Milliseconds of CPU (this process's) one new workflow's modules take, over `rounds` after as many to warm up. */
  cpuMsPerStart(rounds: number): number {
    for (let i = 0; i < rounds; i += 1) this.startOne();
    const before = process.cpuUsage();
    for (let i = 0; i < rounds; i += 1) this.startOne();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / rounds;
  }
}
