import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { refusalAnswer } from './workflow-refusal';

/** The filing workflow refuses an update the way FilingProcedure does. */
const refusal = (code: string, message: string, field: string | null = null, article: string | null = null) =>
  new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: `Refused.${code}`, message, details: [{ field, article }], nonRetryable: true }));

const answer = (e: unknown) => {
  const a = refusalAnswer(e);
  return a && { status: a.getStatus(), body: a.getResponse() };
};

describe('the HTTP answer to a refusal of the filing workflow', () => {
  it('answers a decision by someone whose task it is not with 403', () => {
    expect(answer(refusal('NOT_YOURS', 'task t1 is for district-officer of 210302, not for you', 'actor'))).toEqual({
      status: 403,
      body: { code: 'NOT_YOURS', message: 'task t1 is for district-officer of 210302, not for you' },
    });
  });

  it('answers a negative outcome without reasons with 400, naming the field, the rule and Art. 6', () => {
    expect(answer(refusal('REASON_REQUIRED', 'a RETURN decision must give its reasons', 'reasons', 'Art. 6'))).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: 'a RETURN decision must give its reasons',
        issues: [{ field: 'reasons', rule: 'REASON_REQUIRED', message: 'a RETURN decision must give its reasons', article: 'Art. 6' }],
      },
    });
  });

  it('answers a recommendation without its written document with 400 citing Art. 6(2)', () => {
    const a = answer(refusal('INVALID', 'the district recommends in writing: attach the written recommendation', 'recommendation', 'Art. 6(2)'));
    expect(a?.status).toBe(400);
    expect(a?.body).toMatchObject({ issues: [{ field: 'recommendation', rule: 'INVALID', article: 'Art. 6(2)' }] });
  });

  it('leaves out the article of an invalid decision the Measures do not speak to', () => {
    const a = answer(refusal('INVALID', 'name exactly one substitute expert', 'experts'));
    expect(a?.body).toMatchObject({ issues: [{ field: 'experts', rule: 'INVALID', message: 'name exactly one substitute expert' }] });
    expect((a?.body as { issues: object[] }).issues[0]).not.toHaveProperty('article');
  });

  it.each(['WRONG_STAGE', 'CLOSED', 'UNKNOWN_TASK'])('answers %s with 409 under its own code', (code) => {
    expect(answer(refusal(code, 'no longer possible'))).toEqual({ status: 409, body: { code, message: 'no longer possible' } });
  });

  it('answers 404 for an application that has no filing workflow', () => {
    expect(answer(new WorkflowNotFoundError('workflow not found for ID: filing-x', 'filing-x', undefined))?.status).toBe(404);
  });

  it.each(['workflow execution already completed', 'workflow update was aborted by closing workflow'])('answers 409 CLOSED for an update to a procedure that has ended ("%s")', (message) => {
    expect(answer(new WorkflowNotFoundError(message, 'filing-x', undefined))).toEqual({
      status: 409,
      body: { code: 'CLOSED', message: 'the filing procedure of this application has ended' },
    });
  });

  it('does not take other failures of an update for refusals', () => {
    expect(refusalAnswer(new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: 'TypeError', message: 'boom' })))).toBeUndefined();
    expect(refusalAnswer(refusal('SOMETHING_NEW', 'a code this service does not know'))).toBeUndefined();
    expect(refusalAnswer(new Error('14 UNAVAILABLE: No connection established'))).toBeUndefined();
  });
});
