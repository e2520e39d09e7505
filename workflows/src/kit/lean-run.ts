import { patched } from '@temporalio/workflow';

/**
 * Whether this run started on the lean worker (docs/workflows.md, Patches: `lean-worker`): no
 * OpenTelemetry workflow interceptors (telemetry/workflow-trace-context.ts), and a staff decision
 * answered once the procedure has taken it. Both change the order of a run's commands (the
 * interceptors' promise turns decided when an update was answered), so a run started before keeps
 * both as they were. Decided once, when the run starts: the workflows' interceptor asks first,
 * before the workflow function; module state is per run.
 */
let lean: boolean | undefined;

export const LEAN_WORKER_PATCH = 'lean-worker';

export function isLeanRun(): boolean {
  return (lean ??= patched(LEAN_WORKER_PATCH));
}
