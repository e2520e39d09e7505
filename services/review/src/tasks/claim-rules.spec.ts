import type { RequestActor } from '@makerspace/http';
import { claimRefusal, decisionRefusal, releaseRefusal } from './claim-rules';

const officer = (id: string): RequestActor => ({ id, role: 'district-officer', scope: '210302' });
const city: RequestActor = { id: 'city-1', role: 'city-officer', scope: null };
const open = (claimedBy: string | null = null) => ({ status: 'OPEN', claimedBy });
const codeOf = (e: ReturnType<typeof claimRefusal>) => e && { status: e.getStatus(), code: (e.getResponse() as { code: string }).code };

describe('claims on a task', () => {
  it('lets an officer claim a free task, and claim it again', () => {
    expect(claimRefusal(open(), officer('o1'))).toBeUndefined();
    expect(claimRefusal(open('o1'), officer('o1'))).toBeUndefined();
  });

  it('keeps a task claimed by one officer from another of the same desk', () => {
    expect(codeOf(claimRefusal(open('o1'), officer('o2')))).toEqual({ status: 409, code: 'CLAIMED_BY_OTHER' });
    expect(codeOf(releaseRefusal(open('o1'), officer('o2')))).toEqual({ status: 409, code: 'CLAIMED_BY_OTHER' });
  });

  it('lets the city re-claim or release a task someone else holds', () => {
    expect(claimRefusal(open('o1'), city)).toBeUndefined();
    expect(releaseRefusal(open('o1'), city)).toBeUndefined();
  });

  it('does not let anyone claim or release a task that is decided or closed: it keeps who decided it', () => {
    expect(codeOf(claimRefusal({ status: 'DONE', claimedBy: null }, officer('o1')))).toEqual({ status: 409, code: 'TASK_CLOSED' });
    expect(codeOf(releaseRefusal({ status: 'DONE', claimedBy: 'o1' }, officer('o1')))).toEqual({ status: 409, code: 'TASK_CLOSED' });
    expect(codeOf(releaseRefusal({ status: 'DONE', claimedBy: null }, city))).toEqual({ status: 409, code: 'TASK_CLOSED' });
  });

  it('leaves a claimed task to its claimant to decide, the city included (it re-claims first)', () => {
    expect(decisionRefusal(open('o1'), officer('o1'))).toBeUndefined();
    expect(decisionRefusal(open(), officer('o2'))).toBeUndefined();
    expect(codeOf(decisionRefusal(open('o1'), officer('o2')))).toEqual({ status: 409, code: 'CLAIMED_BY_OTHER' });
    expect(codeOf(decisionRefusal(open('o1'), city))).toEqual({ status: 409, code: 'CLAIMED_BY_OTHER' });
  });
});
