import { HttpException, HttpStatus } from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { FieldIssue } from '@makerspace/contracts';
import { ApiException } from '@makerspace/http';

/** How a refusal of the filing workflow reads to the caller of one endpoint. */
export interface RefusalReading {
  /** NOT_YOURS: 404 where the caller must not learn that the application exists, else 403. */
  notYours?: HttpStatus.NOT_FOUND | HttpStatus.FORBIDDEN;
  /** The article cited when no procedure is running to take the message. */
  noProcedureArticle?: string;
}

const REFUSED = 'Refused.';

/** Status of each refusal code the workflow gives (see workflows/src/filing/decision-rules.ts). */
const STATUS_OF: Record<string, HttpStatus> = {
  INVALID: HttpStatus.BAD_REQUEST,
  REASON_REQUIRED: HttpStatus.BAD_REQUEST,
  WRONG_STAGE: HttpStatus.CONFLICT,
  CLOSED: HttpStatus.CONFLICT,
  UNKNOWN_TASK: HttpStatus.NOT_FOUND,
};

/**
 * The HTTP answer to an error of a workflow update. The workflow refuses a message with an
 * ApplicationFailure of type `Refused.<CODE>` and details `[{ field, article }]`; that becomes the
 * one error shape with the code, the field and the article. An update that no running procedure
 * can take is a conflict; one the workflow did not answer in time is 503. Anything else is returned
 * as it is, for the error filter (Temporal down is 503 there too).
 */
export function refusalAsHttp(error: unknown, reading: RefusalReading = {}): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type?.startsWith(REFUSED)) {
    return fromRefusal(error.cause, reading);
  }
  if (error instanceof WorkflowNotFoundError) {
    const article = reading.noProcedureArticle;
    return new ApiException(HttpStatus.CONFLICT, 'CLOSED', 'no filing procedure is running for this application', [
      { field: 'applicationId', rule: 'CLOSED', message: 'the filing procedure has not started or has ended', ...(article ? { article } : {}) },
    ]);
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'PROCEDURE_UNAVAILABLE', 'the filing procedure did not answer in time; retry shortly');
  }
  return error;
}

function fromRefusal(failure: ApplicationFailure, reading: RefusalReading): HttpException {
  const code = failure.type!.slice(REFUSED.length);
  const detail = (failure.details?.[0] ?? {}) as { field?: string | null; article?: string | null };
  const issue: FieldIssue = { field: detail.field || '(request)', rule: code, message: failure.message, ...(detail.article ? { article: detail.article } : {}) };
  if (code === 'NOT_YOURS') {
    return reading.notYours === HttpStatus.NOT_FOUND
      ? new ApiException(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'application not found')
      : new ApiException(HttpStatus.FORBIDDEN, 'NOT_YOURS', failure.message, [issue]);
  }
  return new ApiException(STATUS_OF[code] ?? HttpStatus.CONFLICT, code, failure.message, [issue]);
}
