import { HttpStatus } from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApiException, conflict, notFound } from '@makerspace/http';

const REFUSED = 'Refused.';
/**
 * How the server words an update sent to a procedure that has ended, or that ended while the
 * update waited ("workflow update was aborted by closing workflow").
 */
const ENDED = /already completed|aborted by closing workflow/i;

/**
 * The HTTP answer to the filing workflow's refusal of an update (an ApplicationFailure of type
 * `Refused.<CODE>` with details [{field, article}]), or to a workflow that is not there;
 * undefined for any other error. A refused update changed nothing.
 */
export function refusalAnswer(e: unknown): ApiException | undefined {
  if (e instanceof WorkflowNotFoundError) {
    return ENDED.test(e.message) ? conflict('CLOSED', 'the filing procedure of this application has ended') : notFound('application');
  }
  if (!(e instanceof WorkflowUpdateFailedError) || !(e.cause instanceof ApplicationFailure)) return undefined;
  const type = e.cause.type ?? '';
  if (!type.startsWith(REFUSED)) return undefined;
  const code = type.slice(REFUSED.length);
  const message = e.cause.message;
  switch (code) {
    case 'NOT_YOURS':
      return new ApiException(HttpStatus.FORBIDDEN, code, message);
    case 'REASON_REQUIRED':
    case 'INVALID': {
      const { field, article } = detailOf(e.cause.details);
      return new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, [{ field: field ?? '(body)', rule: code, message, ...(article ? { article } : {}) }]);
    }
    case 'WRONG_STAGE':
    case 'CLOSED':
    case 'UNKNOWN_TASK':
      return conflict(code, message);
    default:
      // A refusal code this service does not know yet: let it surface as an error to fix here.
      return undefined;
  }
}

function detailOf(details: unknown[] | undefined | null): { field?: string; article?: string } {
  const d = (details?.[0] ?? {}) as { field?: string | null; article?: string | null };
  return { field: d.field ?? undefined, article: d.article ?? undefined };
}
