import { spaceChangeWorkflowId, spaceEvaluationWorkflowId } from '@makerspace/contracts';
import { reasonsOf } from './reasons';
import type { SpaceEvaluationState, SupervisionTaskView } from '@makerspace/contracts';
import {
  changeDecisionStage,
  changeNeedsReasons,
  changeOutcomesOf,
  confirmationBody,
  evaluationOffers,
  reviewFindingsBody,
  reviewOrderBody,
  supervisionHref,
} from './supervision';

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
    expect(confirmationBody('CORRECT', ' b', '现场核查入驻团队少于申报', 'Art. 7')).toEqual({
      outcome: 'CORRECT',
      grade: 'B',
      reasons: [{ text: '现场核查入驻团队少于申报', article: 'Art. 7' }],
    });
    expect(reviewOrderBody('EXPERT_REVIEW', ' expert-7 ')).toEqual({ kind: 'EXPERT_REVIEW', expertId: 'expert-7' });
    expect(reviewOrderBody('ON_SITE_CHECK', 'expert-7')).toEqual({ kind: 'ON_SITE_CHECK' });
    expect(reviewFindingsBody('EXPERT_REVIEW', '服务收入占比低', '', 'c')).toEqual({
      kind: 'EXPERT_REVIEW',
      findings: [{ text: '服务收入占比低' }],
      suggestedGrade: 'C',
    });
    expect(reviewFindingsBody('ON_SITE_CHECK', '与报告一致', 'Art. 7', '')).toEqual({
      kind: 'ON_SITE_CHECK',
      findings: [{ text: '与报告一致', article: 'Art. 7' }],
    });
  });

  it('offers the Art. 8 decision only once the review is open, and says what it waits for before', () => {
    expect(changeDecisionStage({ status: 'AWAITING_REPORT', reviewOpenedOn: null })).toBe('awaiting-report');
    expect(changeDecisionStage({ status: 'IN_REVIEW', reviewOpenedOn: null })).toBe('re-check');
    expect(changeDecisionStage({ status: 'IN_REVIEW', reviewOpenedOn: '2026-12-07' })).toBe('open');
    expect(changeDecisionStage({ status: 'OVERDUE', reviewOpenedOn: null })).toBe('open');
    for (const status of ['APPROVED', 'REVOKED', 'ENDED'] as const) expect(changeDecisionStage({ status, reviewOpenedOn: '2026-12-07' })).toBe('decided');
  });
});

describe("an evaluation's forms at the console (Art. 7)", () => {
  const task = (stage: SupervisionTaskView['stage'], escalated = false): SupervisionTaskView => ({
    taskId: `w/${stage}`,
    stage,
    assigneeRole: 'city-officer',
    scope: null,
    openedOn: '2027-05-01',
    dueOn: '2027-05-15',
    escalated,
  });
  const review = (kind: 'EXPERT_REVIEW' | 'ON_SITE_CHECK', findings: { text: string }[] | null = null) => ({
    kind,
    assigneeId: null,
    orderedOn: '2027-05-02',
    findings,
    suggestedGrade: null,
    by: null,
    on: null,
  });
  const scored = (over: Partial<SpaceEvaluationState> = {}): SpaceEvaluationState => ({
    year: 2026,
    spaceId: SPACE,
    status: 'SCORED',
    dueOn: '2027-04-30',
    reportFiledOn: '2027-04-01',
    reportMissed: false,
    districtCheck: null,
    reviews: [],
    openTasks: [task('RESULT_CONFIRMATION')],
    endedBy: null,
    result: { score: 82, grade: 'B', reportFiled: true, unqualified: false, recommendedToProvince: false, reasons: [] },
    confirmation: null,
    consequence: null,
    history: [],
    ...over,
  });

  it('offers the city both reviews and the confirmation of a scored result', () => {
    expect(evaluationOffers(scored(), 'city-officer')).toEqual({
      districtCheck: false,
      onSiteFindings: false,
      reviewOrders: ['EXPERT_REVIEW', 'ON_SITE_CHECK'],
      confirmation: true,
      awaitedFindings: [],
    });
  });

  it('holds the confirmation back while an ordered review has no findings, and says which', () => {
    const offers = evaluationOffers(
      scored({ reviews: [review('ON_SITE_CHECK')], openTasks: [task('RESULT_CONFIRMATION'), task('ON_SITE_CHECK')] }),
      'city-officer',
    );
    expect(offers).toMatchObject({ onSiteFindings: true, reviewOrders: ['EXPERT_REVIEW'], confirmation: false, awaitedFindings: ['ON_SITE_CHECK'] });
    expect(evaluationOffers(scored({ reviews: [review('ON_SITE_CHECK', [{ text: '与报告一致' }])] }), 'city-officer')).toMatchObject({
      onSiteFindings: false,
      confirmation: true,
    });
  });

  it('offers nothing on a result not yet scored, confirmed, or to anyone but the city', () => {
    const none = { districtCheck: false, onSiteFindings: false, reviewOrders: [], confirmation: false, awaitedFindings: [] };
    expect(evaluationOffers(scored({ status: 'CONFIRMED' }), 'city-officer')).toEqual(none);
    expect(evaluationOffers(scored({ status: 'DISTRICT_CHECK', result: null, openTasks: [] }), 'city-officer')).toEqual(none);
    expect(evaluationOffers(scored(), 'district-officer')).toEqual(none);
  });

  it("offers the district's check of a filed report to the district, and to the city once the task escalated", () => {
    const filed = scored({ status: 'DISTRICT_CHECK', result: null, openTasks: [task('SELF_REPORT_CHECK')] });
    expect(evaluationOffers(filed, 'district-officer').districtCheck).toBe(true);
    expect(evaluationOffers(filed, 'city-officer').districtCheck).toBe(false);
    expect(evaluationOffers({ ...filed, openTasks: [task('SELF_REPORT_CHECK', true)] }, 'city-officer').districtCheck).toBe(true);
  });
});
