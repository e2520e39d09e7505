/*
 * The workflows' interceptors (bundled into the workflow code, workflows/src/bundling): the trace
 * of the request that started a procedure reaches the activities it schedules.
 *
 * A procedure started from this release takes the `_tracer-data` header its start carried (put
 * there by the services' Temporal client interceptor, libs/temporal) and gives it to every
 * activity, child workflow, signal and continue-as-new it issues: each activity's span
 * (`RunActivity:…`, the worker's activity interceptor) is a child of the request's
 * `StartWorkflow:…` span. No span is made inside the workflow. OpenTelemetry's own workflow
 * interceptors made one for the run and one per scheduled activity, but their modules (the tracing
 * SDK, the semantic conventions) were evaluated anew for every workflow started or replayed, and
 * their spans kept in it: about 7 ms of worker CPU per workflow and 0.5 MB per cached workflow
 * (docs/benchmarks.md, "A lean worker").
 *
 * Their timing is part of the commands a procedure produced (an update answered after the
 * procedure's own next step, a few promise turns later), so a run started before this release
 * keeps them (kit/lean-run.ts decides, once, when the run starts; docs/workflows.md, Versioning),
 * and OpenTelemetry's interceptors are then loaded for that run only. The switch returns their
 * promises as they are, adding no promise turn of its own.
 */
import {
  type Headers,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptors,
  type WorkflowInternalsInterceptor,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { isLeanRun } from '../kit/lean-run';

/** The header OpenTelemetry's Temporal interceptors carry the trace context in. */
const TRACE_HEADER = '_tracer-data';

type OpenTelemetryWorkflowInterceptors = typeof import('@temporalio/interceptors-opentelemetry/lib/workflow');

/** Module state is per workflow (the SDK's module cache is), so this is the run's. */
let run:
  | { lean: true; started: Headers[string] | undefined }
  | { lean: false; otel: { inbound: WorkflowInboundCallsInterceptor; outbound: WorkflowOutboundCallsInterceptor; internals: WorkflowInternalsInterceptor } }
  | undefined;

function decide(input: WorkflowExecuteInput): NonNullable<typeof run> {
  if (isLeanRun()) return { lean: true, started: input.headers[TRACE_HEADER] };
  /* eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated only for a run started before the patch */
  const otel = require('@temporalio/interceptors-opentelemetry/lib/workflow') as OpenTelemetryWorkflowInterceptors;
  return {
    lean: false,
    otel: {
      inbound: new otel.OpenTelemetryInboundInterceptor(),
      outbound: new otel.OpenTelemetryOutboundInterceptor(),
      internals: new otel.OpenTelemetryInternalsInterceptor(),
    },
  };
}

/** The run's start's trace context on an outgoing call's headers. */
function withStartContext<T extends { headers: Headers }>(input: T): T {
  return run?.lean && run.started ? { ...input, headers: { ...input.headers, [TRACE_HEADER]: run.started } } : input;
}

type OpenTelemetryInterceptors = Extract<NonNullable<typeof run>, { lean: false }>['otel'];

/** OpenTelemetry's interceptors of a run started before the patch; none before the run starts (nothing is intercepted then) or on the lean path. */
const otel = () => (run && !run.lean ? run.otel : undefined);

/**
 * A call a run started before the patch hands to OpenTelemetry's interceptor (its promise as it
 * is); any other goes on, outgoing ones with the start's trace context.
 */
function onward<I extends object, O>(side: keyof OpenTelemetryInterceptors, method: string, lean: (input: I) => I = (input) => input) {
  return (input: I, next: (input: I) => O): O => {
    const o = otel();
    if (!o) return next(lean(input));
    const target = o[side] as unknown as Record<string, (input: I, next: (input: I) => O) => O>;
    return target[method].call(target, input, next);
  };
}

const inbound: WorkflowInboundCallsInterceptor = {
  execute(input, next) {
    run ??= decide(input);
    return run.lean ? next(input) : run.otel.inbound.execute!(input, next);
  },
  handleSignal: onward('inbound', 'handleSignal'),
  handleUpdate: onward('inbound', 'handleUpdate'),
  validateUpdate: onward('inbound', 'validateUpdate'),
  handleQuery: onward('inbound', 'handleQuery'),
};

const outbound: WorkflowOutboundCallsInterceptor = {
  scheduleActivity: onward('outbound', 'scheduleActivity', withStartContext),
  scheduleLocalActivity: onward('outbound', 'scheduleLocalActivity', withStartContext),
  startChildWorkflowExecution: onward('outbound', 'startChildWorkflowExecution', withStartContext),
  signalWorkflow: onward('outbound', 'signalWorkflow', withStartContext),
  continueAsNew: onward('outbound', 'continueAsNew', withStartContext),
  getLogAttributes: onward('outbound', 'getLogAttributes'),
};

const internals: WorkflowInternalsInterceptor = { dispose: onward('internals', 'dispose') };

export const interceptors = (): WorkflowInterceptors => ({ inbound: [inbound], outbound: [outbound], internals: [internals] });
