import { HttpStatus } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { FieldIssue } from '@makerspace/contracts';
import { ApiException } from '@makerspace/http';

const REFUSED = 'Refused.';

/** Status of each refusal code of the supervision workflows (workflows/src/shared/refusal.ts). */
const STATUS_OF: Record<string, HttpStatus> = {
  NOT_YOURS: HttpStatus.FORBIDDEN,
  INVALID: HttpStatus.BAD_REQUEST,
  REASON_REQUIRED: HttpStatus.BAD_REQUEST,
  WRONG_STAGE: HttpStatus.CONFLICT,
  CLOSED: HttpStatus.CONFLICT,
};

/**
 * The HTTP answer to an error of a supervision workflow: a refusal (ApplicationFailure of type
 * `Refused.<CODE>`, details `[{ field, article }]`) in the one error shape; a workflow that is not
 * there (404) or has ended (409); an update not answered in time (503). Anything else is returned
 * as it is, for the error filter.
 */
export function workflowErrorAsHttp(error: unknown, what: string): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type?.startsWith(REFUSED)) {
    const failure = error.cause;
    const code = failure.type!.slice(REFUSED.length);
    const detail = (failure.details?.[0] ?? {}) as { field?: string | null; article?: string | null };
    const issue: FieldIssue = { field: detail.field || '(request)', rule: code, message: failure.message, ...(detail.article ? { article: detail.article } : {}) };
    return new ApiException(STATUS_OF[code] ?? HttpStatus.CONFLICT, code, failure.message, [issue]);
  }
  if (error instanceof WorkflowNotFoundError) {
    return /already completed/i.test(error.message)
      ? new ApiException(HttpStatus.CONFLICT, 'CLOSED', `the ${what} has ended`)
      : new ApiException(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what} not found`);
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'PROCEDURE_UNAVAILABLE', `the ${what} did not answer in time; retry shortly`);
  }
  return error;
}
