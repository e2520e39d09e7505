import { ApiException } from '@makerspace/http';
import { RuleCheckedPipe } from '../validation/rule-checked-body';
import { DecisionBody } from './decision-body';

const pipe = new RuleCheckedPipe(DecisionBody);

function issuesOf(body: unknown) {
  try {
    pipe.transform(body);
  } catch (e) {
    return ((e as ApiException).getResponse() as { issues: unknown[] }).issues;
  }
  throw new Error('the body was accepted');
}

describe('the body of a staff decision', () => {
  it.each(['RETURN', 'REJECT', 'CONFLICT', 'UPHOLD_REJECT', 'UPHOLD_DISQUALIFY', 'DECLINE'])('needs reasons for %s (Art. 6)', (outcome) => {
    expect(issuesOf({ outcome })).toEqual([
      { field: 'reasons', rule: 'REASON_REQUIRED', message: `a ${outcome} decision must give its reasons (Art. 6)`, article: 'Art. 6' },
    ]);
  });

  it('takes a return with its reasons and their articles', () => {
    expect(pipe.transform({ outcome: 'RETURN', reasons: [{ text: '补充租赁合同 / add the lease', article: 'Art. 5(2)' }] })).toMatchObject({
      outcome: 'RETURN',
      reasons: [{ article: 'Art. 5(2)' }],
    });
  });

  it('takes a positive outcome without reasons', () => {
    expect(pipe.transform({ outcome: 'PASS' })).toEqual({ outcome: 'PASS', reasons: [] });
  });

  it('lists every malformed field at once', () => {
    const issues = issuesOf({ outcome: 'MAYBE', score: 140, recommendation: { documentId: '' } }) as { field: string }[];
    expect(issues.map((i) => i.field).sort()).toEqual(['outcome', 'recommendation.documentId', 'recommendation.summary', 'score']);
  });

  it('leaves the meeting to the meeting record', () => {
    expect(pipe.transform({ outcome: 'APPROVE', meeting: { meetingId: 'm1', heldOn: '2026-12-20', filingNumber: 'X' } })).not.toHaveProperty('meeting');
  });
});
