import { isGrpcDeadlineError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

/**
 * Temporal, or the filing worker behind it, did not answer. The message says "unavailable",
 * which the shared ErrorFilter answers with 503 and Retry-After: the caller should retry.
 */
export class TemporalUnavailable extends Error {
  constructor(cause: unknown) {
    super(`Temporal is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'TemporalUnavailable';
  }
}

/** A call that timed out waiting for the server or a worker, as TemporalUnavailable. */
export function unavailability(e: unknown): TemporalUnavailable | undefined {
  return e instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(e) ? new TemporalUnavailable(e) : undefined;
}
