import path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

const LIBS = path.resolve(__dirname, '../../../libs');

/**
 * Workflow code is bundled by webpack. Workspace libraries are bundled from their TypeScript
 * sources (through the bundler's swc loader), so the bundle never depends on a prior build of them.
 */
export function workflowBundleOptions(workflowsPath: string): BundleOptions {
  return {
    workflowsPath,
    webpackConfigHook: (config) => {
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        '@makerspace/contracts$': path.join(LIBS, 'contracts/src/index.ts'),
        '@makerspace/policy$': path.join(LIBS, 'policy/src/index.ts'),
      };
      return config;
    },
  };
}
