import { HttpStatus } from '@nestjs/common';
import { WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { ApiException } from '@makerspace/http';
import { refusalAsHttp } from './filing-refusal';

/** A refusal as the filing workflow gives it (see workflows/src/filing/filing-procedure.ts). */
const refused = (code: string, message: string, field: string | null = null, article: string | null = null) =>
  new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: `Refused.${code}`, message, details: [{ field, article }], nonRetryable: true }));

const answer = (e: unknown) => {
  expect(e).toBeInstanceOf(ApiException);
  const http = e as ApiException;
  return { status: http.getStatus(), body: http.getResponse() };
};

describe('workflow refusals as HTTP answers', () => {
  it('an invalid message is a bad request naming the field', () => {
    expect(answer(refusalAsHttp(refused('INVALID', 'figures.totalAreaM2: expected number', 'figures')))).toEqual({
      status: HttpStatus.BAD_REQUEST,
      body: { code: 'INVALID', message: 'figures.totalAreaM2: expected number', issues: [{ field: 'figures', rule: 'INVALID', message: 'figures.totalAreaM2: expected number' }] },
    });
  });

  it('a negative decision without reasons is a bad request citing its article', () => {
    const { status, body } = answer(refusalAsHttp(refused('REASON_REQUIRED', 'a RETURN decision must give its reasons', 'reasons', 'Art. 6')));
    expect(status).toBe(HttpStatus.BAD_REQUEST);
    expect(body).toMatchObject({ code: 'REASON_REQUIRED', issues: [{ field: 'reasons', article: 'Art. 6' }] });
  });

  it('an objection outside the notice period is a conflict citing Art. 6(4)', () => {
    const { status, body } = answer(refusalAsHttp(refused('WRONG_STAGE', 'objections are taken only while the application is under public notice', null, 'Art. 6(4)')));
    expect(status).toBe(HttpStatus.CONFLICT);
    expect(body).toMatchObject({ code: 'WRONG_STAGE', issues: [{ field: '(request)', rule: 'WRONG_STAGE', article: 'Art. 6(4)' }] });
  });

  it('a task already decided is a conflict', () => {
    expect(answer(refusalAsHttp(refused('CLOSED', 'task t-1 is already decided or closed', 'taskId'))).status).toBe(HttpStatus.CONFLICT);
  });

  it("someone else's application is not found for an applicant, and forbidden where existence is no secret", () => {
    const error = refused('NOT_YOURS', 'only the applicant may do this', 'actor');
    expect(answer(refusalAsHttp(error, { notYours: HttpStatus.NOT_FOUND }))).toEqual({ status: HttpStatus.NOT_FOUND, body: { code: 'NOT_FOUND', message: 'application not found' } });
    expect(answer(refusalAsHttp(error)).status).toBe(HttpStatus.FORBIDDEN);
  });

  it('an unknown task is not found', () => {
    expect(answer(refusalAsHttp(refused('UNKNOWN_TASK', 'no open task t-9', 'taskId'))).status).toBe(HttpStatus.NOT_FOUND);
  });

  it('a message to a procedure that is not running is a conflict, citing the article the caller gives', () => {
    const { status, body } = answer(refusalAsHttp(new WorkflowNotFoundError('workflow execution already completed', 'filing-1', undefined), { noProcedureArticle: 'Art. 6(4)' }));
    expect(status).toBe(HttpStatus.CONFLICT);
    expect(body).toMatchObject({ code: 'CLOSED', issues: [{ article: 'Art. 6(4)' }] });
  });

  it('a procedure that does not answer in time is unavailable', () => {
    expect(answer(refusalAsHttp(new WorkflowUpdateRPCTimeoutOrCancelledError('timeout'))).status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
  });

  it('any other error is left to the error filter', () => {
    const failure = new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: 'SomethingElse', message: 'boom' }));
    expect(refusalAsHttp(failure)).toBe(failure);
    const down = new Error('14 UNAVAILABLE: connect ECONNREFUSED');
    expect(refusalAsHttp(down)).toBe(down);
  });
});
