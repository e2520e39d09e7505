import { spaceChangeWorkflowId, spaceEvaluationWorkflowId } from '@makerspace/contracts';
import { reasonsOf } from './reasons';
import { changeNeedsReasons, changeOutcomesOf, confirmationBody, reviewFindingsBody, reviewOrderBody, supervisionHref } from './supervision';

const SPACE = '3f1c9a52-7d2e-4b8a-9c61-0e5d2f7a8b90';
const CHANGE = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('supervision tasks at the console', () => {
  it('leads from a task to the page of its evaluation or change, reading ids that hold hyphens', () => {
    expect(supervisionHref({ spaceId: SPACE, workflowId: spaceEvaluationWorkflowId(2026, SPACE) })).toBe(`#/supervision/${SPACE}/evaluations/2026`);
    expect(supervisionHref({ spaceId: SPACE, workflowId: spaceChangeWorkflowId(SPACE, CHANGE) })).toBe(`#/supervision/${SPACE}/changes/${CHANGE}`);
    expect(supervisionHref({ spaceId: SPACE, workflowId: 'filing-x' })).toBeNull();
    expect(supervisionHref({ spaceId: 'other', workflowId: spaceEvaluationWorkflowId(2026, SPACE) })).toBeNull();
  });

  it('offers the outcomes Art. 8 allows where the change stands', () => {
    expect(changeOutcomesOf('IN_REVIEW')).toEqual(['APPROVE', 'REVOKE']);
    expect(changeOutcomesOf('OVERDUE')).toEqual(['REVOKE', 'ACCEPT_LATE']);
    expect(changeOutcomesOf('APPROVED')).toEqual([]);
  });

  it('asks for reasons to revoke, to accept late, and to approve a change the re-check did not pass', () => {
    const passed = { outcome: 'APPROVE' as const, failedRules: [] };
    expect(changeNeedsReasons('APPROVE', passed)).toBe(false);
    expect(changeNeedsReasons('APPROVE', { outcome: 'REVOKE', failedRules: [] })).toBe(true);
    expect(changeNeedsReasons('APPROVE', null)).toBe(true);
    expect(changeNeedsReasons('REVOKE', passed)).toBe(true);
    expect(changeNeedsReasons('ACCEPT_LATE', passed)).toBe(true);
  });

  it('builds the bodies the evaluation service takes', () => {
    expect(reasonsOf('  ', 'Art. 8')).toEqual([]);
    expect(reasonsOf(' 材料属实 ', ' ')).toEqual([{ text: '材料属实' }]);
    expect(confirmationBody('CONFIRM', 'B', '', '')).toEqual({ outcome: 'CONFIRM', reasons: [] });
    expect(confirmationBody('CORRECT', ' b', '现场核查入驻团队少于申报', 'Art. 7')).toEqual({ outcome: 'CORRECT', grade: 'B', reasons: [{ text: '现场核查入驻团队少于申报', article: 'Art. 7' }] });
    expect(reviewOrderBody('EXPERT_REVIEW', ' expert-7 ')).toEqual({ kind: 'EXPERT_REVIEW', expertId: 'expert-7' });
    expect(reviewOrderBody('ON_SITE_CHECK', 'expert-7')).toEqual({ kind: 'ON_SITE_CHECK' });
    expect(reviewFindingsBody('EXPERT_REVIEW', '服务收入占比低', '', 'c')).toEqual({ kind: 'EXPERT_REVIEW', findings: [{ text: '服务收入占比低' }], suggestedGrade: 'C' });
    expect(reviewFindingsBody('ON_SITE_CHECK', '与报告一致', 'Art. 7', '')).toEqual({ kind: 'ON_SITE_CHECK', findings: [{ text: '与报告一致', article: 'Art. 7' }] });
  });
});
