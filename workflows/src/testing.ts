/**
 * `@makerspace/workflows/testing`: what tests use of the worker's build beyond starting it: the
 * workflow bundles, to bundle a release's workflow code as the build step does. Tests only: lint
 * refuses it anywhere else.
 */
export { bundleWorkflows, WORKFLOW_BUNDLE_NAMES, workflowBundleEntry, workflowBundleFile } from './bundling/workflow-bundles';
