/**
 * `@makerspace/workflows/testing`: what tests and the bench use of the worker's build beyond
 * starting it: the workflow bundles, to bundle a release's workflow code as the build step does,
 * and the sandbox that tells what a bundle costs each new workflow. Tests only: lint refuses it
 * anywhere else.
 */
export { bundleWorkflows, WORKFLOW_BUNDLE_NAMES, workflowBundleEntry, workflowBundleFile, type WorkflowBundleName } from './bundling/workflow-bundles';
export { WorkflowBundleSandbox } from './bundling/workflow-start-cost';
