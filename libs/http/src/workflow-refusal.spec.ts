import { HttpStatus } from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApiException } from './api-exception';
import { RefusalReading, workflowErrorAsHttp } from './workflow-refusal';

/** A refusal as the workflows give it (workflows/src/kit/refusal.ts). */
const refused = (code: string, message: string, field: string | null = null, article: string | null = null) =>
  new WorkflowUpdateFailedError(
    'Workflow Update failed',
    ApplicationFailure.create({ type: `Refused.${code}`, message, details: [{ field, article }], nonRetryable: true }),
  );

const STAFF: RefusalReading = { what: 'filing procedure', subject: 'application' };
const APPLICANT: RefusalReading = { what: 'filing procedure', subject: 'application', hideFromOthers: true, absent: { field: 'applicationId' } };

const answer = (e: unknown, reading: RefusalReading = STAFF) => {
  const http = workflowErrorAsHttp(e, reading);
  expect(http).toBeInstanceOf(ApiException);
  return { status: (http as ApiException).getStatus(), body: (http as ApiException).getResponse() };
};

describe('the HTTP answer to an error of a workflow call', () => {
  it('answers a message the workflow finds invalid like the edge would: 400 VALIDATION_FAILED naming the field and the rule', () => {
    expect(answer(refused('INVALID', 'the district recommends in writing: attach the written recommendation', 'recommendation', 'Art. 6(2)'))).toEqual({
      status: HttpStatus.BAD_REQUEST,
      body: {
        code: 'VALIDATION_FAILED',
        message: 'the district recommends in writing: attach the written recommendation',
        issues: [
          { field: 'recommendation', rule: 'INVALID', message: 'the district recommends in writing: attach the written recommendation', article: 'Art. 6(2)' },
        ],
      },
    });
  });

  it('answers a negative outcome without reasons with 400, citing the article', () => {
    expect(answer(refused('REASON_REQUIRED', 'a RETURN decision must give its reasons', 'reasons', 'Art. 6')).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'reasons', rule: 'REASON_REQUIRED', article: 'Art. 6' }],
    });
  });

  it('leaves out an article the Measures do not speak to, and names the request where the workflow names no field', () => {
    const { body } = answer(refused('WRONG_STAGE', 'not now'));
    expect(body).toEqual({ code: 'WRONG_STAGE', message: 'not now', issues: [{ field: '(request)', rule: 'WRONG_STAGE', message: 'not now' }] });
  });

  it.each(['WRONG_STAGE', 'CLOSED', 'UNKNOWN_TASK', 'A_CODE_ADDED_LATER'])('answers %s with 409 under its own code', (code) => {
    const { status, body } = answer(refused(code, 'no longer possible', 'taskId'));
    expect({ status, body }).toMatchObject({ status: HttpStatus.CONFLICT, body: { code, issues: [{ field: 'taskId', rule: code }] } });
  });

  it("answers someone else's task with 403 naming the rule, or 404 where the caller must not learn the subject exists", () => {
    const error = refused('NOT_YOURS', 'only the applicant may do this', 'actor', 'Art. 7');
    expect(answer(error)).toMatchObject({
      status: HttpStatus.FORBIDDEN,
      body: { code: 'NOT_YOURS', issues: [{ field: 'actor', rule: 'NOT_YOURS', article: 'Art. 7' }] },
    });
    expect(answer(error, APPLICANT)).toEqual({ status: HttpStatus.NOT_FOUND, body: { code: 'NOT_FOUND', message: 'application not found' } });
  });

  it('answers 404 for a subject that has no such workflow', () => {
    const missing = new WorkflowNotFoundError('workflow not found for ID: filing-x', 'filing-x', undefined);
    expect(answer(missing)).toEqual({ status: HttpStatus.NOT_FOUND, body: { code: 'NOT_FOUND', message: 'application not found' } });
    expect(answer(missing, { what: 'change procedure' }).body).toEqual({ code: 'NOT_FOUND', message: 'change procedure not found' });
  });

  it.each(['workflow execution already completed', 'workflow update was aborted by closing workflow'])(
    'answers 409 CLOSED for a procedure that has ended ("%s")',
    (message) => {
      expect(answer(new WorkflowNotFoundError(message, 'filing-x', undefined))).toEqual({
        status: HttpStatus.CONFLICT,
        body: { code: 'CLOSED', message: 'the filing procedure has ended' },
      });
    },
  );

  it('answers 409 CLOSED naming the field and article where the subject exists and its procedure is not running', () => {
    const reading: RefusalReading = { what: 'filing procedure', absent: { field: 'applicationId', article: 'Art. 6(4)' } };
    for (const message of ['workflow not found for ID: filing-1', 'workflow execution already completed']) {
      expect(answer(new WorkflowNotFoundError(message, 'filing-1', undefined), reading)).toMatchObject({
        status: HttpStatus.CONFLICT,
        body: { code: 'CLOSED', issues: [{ field: 'applicationId', rule: 'CLOSED', article: 'Art. 6(4)' }] },
      });
    }
  });

  it('answers 503 PROCEDURE_UNAVAILABLE when the procedure did not answer in time', () => {
    expect(answer(new WorkflowUpdateRPCTimeoutOrCancelledError('timeout'))).toMatchObject({
      status: HttpStatus.SERVICE_UNAVAILABLE,
      body: { code: 'PROCEDURE_UNAVAILABLE' },
    });
  });

  it('leaves any other error to the ErrorFilter', () => {
    const failure = new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: 'TypeError', message: 'boom' }));
    expect(workflowErrorAsHttp(failure, STAFF)).toBe(failure);
    const down = new Error('14 UNAVAILABLE: connect ECONNREFUSED');
    expect(workflowErrorAsHttp(down, STAFF)).toBe(down);
  });
});
