import { HttpStatus } from '@nestjs/common';
import { isGrpcDeadlineError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { FieldIssue } from '@makerspace/contracts';
import { ApiException, notFound } from './api-exception';

/** How an error of a workflow reads to the caller of one endpoint. */
export interface RefusalReading {
  /** The procedure as the caller knows it ("filing procedure", "change procedure"), in messages. */
  what: string;
  /** What a 404 says is not found; the procedure itself unless given ("application"). */
  subject?: string;
  /** A NOT_YOURS refusal reads as 404 where the caller must not learn that the subject exists. */
  hideFromOthers?: boolean;
  /**
   * Where the subject exists and only its procedure may be missing (not started, or ended), a
   * missing or ended workflow is 409 CLOSED with an issue naming this field and article, not 404.
   */
  absent?: { field: string; article?: string };
}

const REFUSED = 'Refused.';
/** Refusal codes that mean the message itself is wrong: answered like the edge's validation. */
const INVALID_MESSAGE = new Set(['INVALID', 'REASON_REQUIRED']);
/**
 * How the server words an update or query sent to a procedure that has ended, or that ended while
 * the update waited.
 */
const ENDED = /already completed|aborted by closing workflow/i;

/**
 * The HTTP answer to an error of a workflow call. Workflows refuse a message with an
 * ApplicationFailure of type `Refused.<CODE>` and details `[{ field, article }]` (see
 * workflows/src/kit/refusal.ts); the answer is the one error shape with the field, the code as
 * rule and the article:
 * - INVALID and REASON_REQUIRED: 400 VALIDATION_FAILED, as when the edge finds the same fault;
 * - NOT_YOURS: 403 under its code, or 404 where the caller must not learn the subject exists;
 * - any other (WRONG_STAGE, CLOSED, UNKNOWN_TASK): 409 under its code; the workflow refused
 *   because of where the procedure stands, which a reload shows.
 * A procedure that has ended is 409 CLOSED; one that is not there 404 (or CLOSED, see `absent`);
 * one that did not answer in time 503 PROCEDURE_UNAVAILABLE, which the ErrorFilter sends with
 * Retry-After. Anything else is returned as it is, for the ErrorFilter (Temporal down is 503 there).
 */
export function workflowErrorAsHttp(error: unknown, reading: RefusalReading): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type?.startsWith(REFUSED)) {
    return fromRefusal(error.cause, reading);
  }
  if (error instanceof WorkflowNotFoundError) return fromAbsence(error, reading);
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(error)) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'PROCEDURE_UNAVAILABLE', `the ${reading.what} did not answer in time; retry shortly`);
  }
  return error;
}

function fromRefusal(failure: ApplicationFailure, reading: RefusalReading): ApiException {
  const code = failure.type!.slice(REFUSED.length);
  const detail = (failure.details?.[0] ?? {}) as { field?: string | null; article?: string | null };
  const issue: FieldIssue = {
    field: detail.field || '(request)',
    rule: code,
    message: failure.message,
    ...(detail.article ? { article: detail.article } : {}),
  };
  if (INVALID_MESSAGE.has(code)) return new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', failure.message, [issue]);
  if (code === 'NOT_YOURS') {
    return reading.hideFromOthers ? notFound(reading.subject ?? reading.what) : new ApiException(HttpStatus.FORBIDDEN, code, failure.message, [issue]);
  }
  return new ApiException(HttpStatus.CONFLICT, code, failure.message, [issue]);
}

function fromAbsence(error: WorkflowNotFoundError, reading: RefusalReading): ApiException {
  const ended = ENDED.test(error.message);
  if (!ended && !reading.absent) return notFound(reading.subject ?? reading.what);
  const message = ended ? `the ${reading.what} has ended` : `no ${reading.what} is running`;
  if (!reading.absent) return new ApiException(HttpStatus.CONFLICT, 'CLOSED', message);
  const { field, article } = reading.absent;
  return new ApiException(HttpStatus.CONFLICT, 'CLOSED', message, [
    { field, rule: 'CLOSED', message: `the ${reading.what} has not started or has ended`, ...(article ? { article } : {}) },
  ]);
}
