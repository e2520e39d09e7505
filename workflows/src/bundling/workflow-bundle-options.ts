import path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

const LIBS = path.resolve(__dirname, '../../../libs');

/**
 * Workflow code is bundled by webpack. Workspace libraries are bundled from their TypeScript
 * sources (through the bundler's swc loader), so the bundle never depends on a prior build of them.
 * The workflows' interceptors (telemetry/workflow-trace-context.ts) are bundled in, so the
 * activities a workflow schedules join the trace of the request that started it. The libraries'
 * modules are preloaded: evaluated once for each workflow thread, not for each workflow
 * (kit/shared-libraries.ts).
 */
export function workflowBundleOptions(workflowsPath: string): BundleOptions {
  return {
    workflowsPath,
    workflowInterceptorModules: [path.resolve(__dirname, '../telemetry/workflow-trace-context')],
    preloadModules: [path.resolve(__dirname, '../kit/shared-libraries')],
    webpackConfigHook: (config) => {
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        '@makerspace/contracts$': path.join(LIBS, 'contracts/src/index.ts'),
        '@makerspace/policy$': path.join(LIBS, 'policy/src/index.ts'),
      };
      // Only the modules a workflow uses: every module in the bundle is evaluated again for each
      // workflow (the SDK keeps workflows' module state apart), so an unused event schema costs
      // every workflow its construction (docs/benchmarks.md, Evaluation at national scale).
      config.optimization = { ...config.optimization, sideEffects: true, providedExports: true, usedExports: true };
      return config;
    },
  };
}
